"""People: personal names, titles and roles, and the people of one article."""
