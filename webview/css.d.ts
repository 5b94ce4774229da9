// esbuild bundles imported CSS into dist/webview.css next to dist/webview.js.
declare module '*.css';
