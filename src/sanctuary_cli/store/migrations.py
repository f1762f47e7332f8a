"""Numbered schema migrations. Append new ones; never edit one that has shipped.

The store's ``PRAGMA user_version`` is the number of migrations applied, and
the ``migrations`` table records each one's name and when it ran.
"""

from __future__ import annotations

# Any write to the rows the people totals are built from marks them stale.
_TOTALS_STALE_TRIGGERS = "".join(
    f"""
        CREATE TRIGGER {table}_{event.lower()}_totals_stale AFTER {event} ON {table}
        BEGIN
            UPDATE person_totals_state SET fresh = 0 WHERE fresh = 1;
        END;"""
    for table in ("people", "quotes", "persons")
    for event in ("INSERT", "UPDATE", "DELETE")
)

MIGRATIONS: list[tuple[str, str]] = [
    (
        "articles and entity mentions",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,            -- hash of the normalised body
            path TEXT NOT NULL,             -- file name it came from (first seen)
            source TEXT NOT NULL,           -- full path it came from (first seen)
            title TEXT,
            outlet TEXT,
            byline TEXT,
            date TEXT,
            url TEXT,
            words INTEGER NOT NULL,
            text TEXT NOT NULL,             -- the stored text; every offset points into it
            model TEXT NOT NULL,            -- the spaCy pipeline that read it
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE article_sources (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (article_id, source)
        );
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL
        );
        CREATE INDEX entities_article ON entities(article_id);
        CREATE INDEX entities_label_text ON entities(label, text);
        """,
    ),
    (
        "people and cities",
        """
        CREATE TABLE people (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            key TEXT NOT NULL,              -- merges one person across articles
            name TEXT NOT NULL,
            role TEXT,
            jurisdiction TEXT,
            official INTEGER NOT NULL,
            gender TEXT,
            mentions INTEGER NOT NULL,
            aliases TEXT NOT NULL,          -- JSON list of surface forms
            PRIMARY KEY (article_id, key)
        );
        CREATE INDEX people_key ON people(key);
        CREATE TABLE cities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            city TEXT NOT NULL,
            state TEXT NOT NULL,
            population INTEGER,
            mentions INTEGER NOT NULL,
            first_start INTEGER,
            PRIMARY KEY (article_id, city, state)
        );
        CREATE INDEX cities_city ON cities(city, state);
        """,
    ),
    (
        "quotes with full-text search",
        """
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            speaker_key TEXT,
            speaker_mention TEXT,
            cue TEXT
        );
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
        CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
        CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        """,
    ),
    (
        "stance evidence",
        """
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            city TEXT NOT NULL,
            state TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            actor TEXT,
            actor_role TEXT,
            voice TEXT NOT NULL,
            polarity REAL NOT NULL,
            weight REAL NOT NULL,
            cue TEXT NOT NULL,
            kind TEXT NOT NULL
        );
        CREATE INDEX evidence_city ON evidence(city, state);
        CREATE INDEX evidence_article ON evidence(article_id);
        """,
    ),
    (
        "web pages: raw HTML hash, language, lookups by URL",
        """
        ALTER TABLE articles ADD COLUMN raw_hash TEXT;   -- SHA-256 of the page's HTML as fetched or read
        ALTER TABLE articles ADD COLUMN language TEXT;   -- as the page declares or trafilatura detects it
        CREATE INDEX articles_url ON articles(url);
        CREATE INDEX article_sources_source ON article_sources(source);
        """,
    ),
    (
        "stance evidence: place level, act, target and status of each claim",
        """
        ALTER TABLE evidence ADD COLUMN level TEXT NOT NULL DEFAULT 'city';
        ALTER TABLE evidence ADD COLUMN act TEXT;
        ALTER TABLE evidence ADD COLUMN target TEXT;
        ALTER TABLE evidence ADD COLUMN status TEXT;
        DROP INDEX evidence_city;
        CREATE INDEX evidence_place ON evidence(city, state, level);
        """,
    ),
    (
        "people resolved across articles",
        """
        ALTER TABLE people ADD COLUMN person TEXT;  -- the corpus person this row is (NULL: not yet resolved)
        CREATE INDEX people_person ON people(person);
        CREATE TABLE persons (
            id TEXT PRIMARY KEY,            -- the key of the person's main full name
            name TEXT NOT NULL,             -- canonical name
            surname TEXT NOT NULL,          -- the group it is resolved in
            is_person INTEGER NOT NULL,     -- 0: a name that is no person's ("Penn Station")
            note TEXT                       -- why a short form stays apart, or why it is no person
        );
        CREATE INDEX persons_surname ON persons(surname);
        """,
    ),
    (
        "quote speaker kinds",
        """
        -- person, organisation, description, pronoun-unresolved or none; NULL on rows stored before
        ALTER TABLE quotes ADD COLUMN speaker_kind TEXT;
        """,
    ),
    (
        "input files read whole",
        """
        -- A file every record of which was read without a problem, so that a
        -- re-ingest can skip it unread while its content and articles are unchanged.
        CREATE TABLE source_files (
            source TEXT PRIMARY KEY,        -- the full path, as in article_sources.source
            digest TEXT NOT NULL,           -- SHA-256 of the file's bytes
            records TEXT NOT NULL           -- JSON [[article id, path], ...], one per record, in file order
        );
        """,
    ),
    (
        "cities read by the corpus",
        """
        -- A city name that nothing in its article placed, as the article alone reads it; after each
        -- ingest it is read again against the store's centre of gravity into a cities row with loose = 1.
        CREATE TABLE loose_cities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name_key TEXT NOT NULL,         -- the name as looked up in the gazetteer ("lawrence")
            city TEXT NOT NULL,
            state TEXT NOT NULL,
            population INTEGER,
            mentions INTEGER NOT NULL,
            first_start INTEGER,
            PRIMARY KEY (article_id, name_key)
        );
        ALTER TABLE cities ADD COLUMN loose INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    (
        "cities read by the corpus: pending work",
        """
        -- Articles stored since the loose city names were last read against the corpus's centre of
        -- gravity (store/gravity.py): the step runs only when there are some, and clears them in the
        -- transaction that writes its rows, so a run cut short before it is caught up by the next one.
        -- Writing an article (again) marks it.
        CREATE TABLE places_pending (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE TRIGGER articles_places_pending AFTER INSERT ON articles
        BEGIN
            INSERT OR IGNORE INTO places_pending (article_id) VALUES (new.id);
        END;
        -- The centre the loose names were last read against (one row; state NULL: the corpus had none).
        -- While it stays the same, only the pending articles' names need reading.
        CREATE TABLE places_centre (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            state TEXT,
            city TEXT,
            city_state TEXT
        );
        INSERT INTO places_pending (article_id) SELECT id FROM articles;
        """,
    ),
    (
        "people totals for listing",
        """
        -- The people table as listed with no user overrides, one row per corpus person
        -- (store/people_table.py): rebuilt after an ingest, stale as soon as people, quotes or
        -- persons change, so that listing people need not read every people row.
        CREATE TABLE person_totals (
            pid TEXT PRIMARY KEY,           -- the corpus person (people.person, else people.key)
            rank INTEGER NOT NULL UNIQUE,   -- place in the default order: officials, quotes, mentions, name
            first_row INTEGER NOT NULL,     -- rowid of the person's first people row (who was met first)
            name TEXT NOT NULL,
            aliases TEXT NOT NULL,          -- JSON list of every surface form
            role TEXT,
            jurisdiction TEXT,
            official INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            quotes INTEGER NOT NULL,
            articles INTEGER NOT NULL
        );
        -- One row: fresh = 1 while person_totals matches the rows it was built from.
        CREATE TABLE person_totals_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            fresh INTEGER NOT NULL
        );
        INSERT INTO person_totals_state (id, fresh) VALUES (1, 0);
        """
        + _TOTALS_STALE_TRIGGERS,
    ),
    (
        "articles found by file name",
        """
        -- show, quotes --article: an article by the file name it came from, without reading them all
        CREATE INDEX articles_path ON articles(path);
        CREATE INDEX article_sources_path ON article_sources(path);
        """,
    ),
]
