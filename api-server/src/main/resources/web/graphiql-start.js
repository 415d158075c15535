// Starts GraphiQL (React, ReactDOM and GraphiQL are globals from the scripts before this one) against the API whose
// path the page names. A separate file rather than an inline script, so the page's Content-Security-Policy can forbid
// inline scripts.
(function () {
    'use strict';
    var container = document.getElementById('graphiql');
    var fetcher = GraphiQL.createFetcher({url: container.getAttribute('data-endpoint')});
    var defaultQuery = '# Roadmap Graph: write a query, run it with Ctrl-Enter (or the play button).\n'
        + '# The Docs button (top left) lists every field.\n'
        + '{\n  roadmaps {\n    id\n    title\n  }\n}\n';
    ReactDOM.createRoot(container).render(React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultQuery: defaultQuery,
        defaultEditorToolsVisibility: true
    }));
})();
