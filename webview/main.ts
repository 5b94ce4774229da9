// Webview entry point (the plot panel).
