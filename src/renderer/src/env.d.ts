// Types for what Vite lets the renderer import, such as stylesheets.
/// <reference types="vite/client" />
