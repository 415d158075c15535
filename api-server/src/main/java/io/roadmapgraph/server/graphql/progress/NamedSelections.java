package io.roadmapgraph.server.graphql.progress;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a field's selection, as written in the document, names any of some subfields: its direct selections and
 * those of its inline fragments and fragment spreads, whatever their type conditions and {@code @skip}/{@code @include}
 * directives. A cheap, conservative test before graphql-java's selection set (which normalizes the whole operation):
 * when no subfield of those names is written, none can be selected; when one is, the selection set decides.
 */
final class NamedSelections {

    private NamedSelections() {
    }

    /**
     * @param fields    the field as merged (each occurrence in the document)
     * @param fragments the document's fragments by name
     * @param names     the subfield names looked for
     */
    static boolean namesAny(Collection<Field> fields, Map<String, FragmentDefinition> fragments, Set<String> names) {
        Set<String> spread = new HashSet<>();
        for (Field field : fields) {
            if (namesAny(field.getSelectionSet(), fragments, names, spread)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAny(SelectionSet selections, Map<String, FragmentDefinition> fragments,
                                    Set<String> names, Set<String> spread) {
        if (selections == null) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                if (names.contains(field.getName())) {
                    return true;
                }
            } else if (selection instanceof InlineFragment inline) {
                if (namesAny(inline.getSelectionSet(), fragments, names, spread)) {
                    return true;
                }
            } else if (selection instanceof FragmentSpread fragment) {
                FragmentDefinition definition = fragments.get(fragment.getName());
                if (definition == null || spread.add(fragment.getName())
                        && namesAny(definition.getSelectionSet(), fragments, names, spread)) {
                    return true; // an unknown fragment: let the selection set decide
                }
            } else {
                return true; // a kind of selection unknown here: let the selection set decide
            }
        }
        return false;
    }
}
