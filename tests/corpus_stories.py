"""Articles written for the cross-article linking tests: a few small stories from different outlets."""

MILL_FIRE = [
    {"id": "fire-1", "source": "harbor-gazette.example", "published": "2024-03-05", "title": "Mill fire",
     "text": "A fire destroyed the Weller Textile Mill in Larkport on Monday night.\n\n"
             "\"Nobody was inside when the roof came down, thank God,\" said Fire Chief Mark Ellison.\n\n"
             "Ellison said the Larkport Fire Department had sent four engines."},
    {"id": "fire-2", "source": "coastal-herald.example", "published": "2024-03-06", "title": "Larkport mill burns",
     "text": "The Weller Textile Mill in Larkport burned through the night.\n\n"
             "\"Nobody was inside when the roof came down,\" Ellison said. \"We were lucky this time.\"\n\n"
             "The Larkport Fire Department is investigating."},
]
SCHOOL_BOARD = [
    {"id": "school-1", "source": "valley-times.example", "published": "2024-09-17", "title": "Budget vote",
     "text": "The Brookfield school board voted on Tuesday to cut the music program at Hollis Middle School.\n\n"
             "\"I think this is a mistake we will regret for years,\" Ellison said after the vote.\n\n"
             "Parents at Hollis Middle School plan to appeal to the Brookfield school board."},
    {"id": "school-2", "source": "brookfield-post.example", "published": "2024-09-18", "title": "Music cut",
     "text": "Board member Janet Ellison voted against cutting the music program at Hollis Middle School.\n\n"
             "\"I think this is a mistake we will regret for years,\" said Janet Ellison.\n\n"
             "The Brookfield school board meets again in October."},
]
BUS_CRASH = [
    {"id": "crash-1", "source": "millbrook-news.example", "published": "2024-06-02", "title": "Bus crash",
     "text": "A charter bus carrying a church group overturned on Route 9 near Millbrook on Sunday, killing 15 "
             "people, state police said.\n\n\"This is the worst crash I have seen on this road,\" said Paula "
             "Brennan, a state police sergeant.\n\nThe Hudson Valley Transit bus was heading to Albany."},
    {"id": "crash-2", "source": "capital-daily.example", "published": "2024-06-03", "title": "Death toll rises",
     "text": "The charter bus crash on Route 9 near Millbrook killed 16 people, state police said on Monday.\n\n"
             "\"This is the worst crash I have seen on this road,\" said Paula Brennan, a state police sergeant.\n\n"
             "The Hudson Valley Transit bus had left Albany that morning."},
]


FLOOD = [
    {"id": "flood-1", "source": "river-post.example", "published": "2024-04-10", "title": "Flood",
     "text": "The Tamsin River flooded the village of Orrick on Tuesday.\n\n\"The water came up faster than anyone "
             "expected, and we had to carry the children out through the windows,\" said Helena Marsh, who runs the "
             "Orrick Bakery.\n\nThe Orrick Volunteer Fire Company rescued nine residents."},
    {"id": "flood-2", "source": "valley-voice.example", "published": "2024-04-10", "title": "Orrick floods",
     "text": "Floodwater from the Tamsin River swept through Orrick.\n\n\"The water came up faster than anyone "
             "expected,\" said Helena Marsh, owner of the Orrick Bakery. \"We had to carry the children out through "
             "the windows.\"\n\nThe Orrick Volunteer Fire Company said nine residents were rescued."},
    {"id": "flood-3", "source": "county-ledger.example", "published": "2024-04-11", "title": "Orrick cleanup",
     "text": "Residents of Orrick began cleaning up after the Tamsin River flood.\n\nBakery owner Helena Marsh stood "
             "beside fire captain Ruth Dale. Dale said the company had worked all night. \"The water came up faster "
             "than anyone expected, and we had to carry the children out through the windows,\" she said.\n\n"
             "The Orrick Volunteer Fire Company rescued nine residents."},
]
