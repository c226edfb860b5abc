// Types for what Vite lets the renderer import, such as stylesheets.
/// <reference types="vite/client" />

/** The MiniSearch version the app was built with; a stored index from another version is rebuilt. */
declare const __MINISEARCH_VERSION__: string;
