"""Named entities: finding people, places, organisations and other names in one article."""
