-- Round views are kept in memory between commands (bot/storage/generation.py). What they are built
-- from gets a counter that every change moves on: these triggers run inside the statement that
-- changes a row, so the counter moves in the same transaction as the change, whichever process or
-- code path writes it (the bot, a command-line ingest, a moderator in the console, a migration).
-- A kept view built at another generation is never served.
CREATE TABLE data_generation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO data_generation (id, generation) VALUES (1, 0);

CREATE TRIGGER rounds_insert_moves_generation AFTER INSERT ON rounds
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER rounds_update_moves_generation AFTER UPDATE ON rounds
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER rounds_delete_moves_generation AFTER DELETE ON rounds
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER round_claims_insert_moves_generation AFTER INSERT ON round_claims
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER round_claims_update_moves_generation AFTER UPDATE ON round_claims
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER round_claims_delete_moves_generation AFTER DELETE ON round_claims
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER round_corrections_insert_moves_generation AFTER INSERT ON round_corrections
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER round_corrections_update_moves_generation AFTER UPDATE ON round_corrections
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER round_corrections_delete_moves_generation AFTER DELETE ON round_corrections
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER round_reviews_insert_moves_generation AFTER INSERT ON round_reviews
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER round_reviews_update_moves_generation AFTER UPDATE ON round_reviews
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER round_reviews_delete_moves_generation AFTER DELETE ON round_reviews
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER articles_insert_moves_generation AFTER INSERT ON articles
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER articles_update_moves_generation AFTER UPDATE ON articles
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER articles_delete_moves_generation AFTER DELETE ON articles
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER counts_insert_moves_generation AFTER INSERT ON counts
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER counts_update_moves_generation AFTER UPDATE ON counts
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
CREATE TRIGGER counts_delete_moves_generation AFTER DELETE ON counts
    BEGIN UPDATE data_generation SET generation = generation + 1; END;
