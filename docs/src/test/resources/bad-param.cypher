// A recipe with a parameter Browser would not take
//
// :param topic = rag
RETURN $topic
