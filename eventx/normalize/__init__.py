"""Values out of text: names, numbers, dates and places, with offsets kept."""
