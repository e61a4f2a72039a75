"""Built-in extractors, each registered under a versioned name in `eventx.registry`."""
