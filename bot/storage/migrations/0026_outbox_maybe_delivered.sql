-- A row found 'sending' at start-up may have reached the platform before the crash (the outbox's one
-- window, docs/outbox.md): the bot cannot know, and never learnt the message's id. Such a row is never
-- withdrawn as "never sent" (a rejected round's post would then stay unretracted in the chat): it is
-- delivered again, as the retraction if its round was rejected meanwhile.
ALTER TABLE outbox ADD COLUMN maybe_delivered INTEGER NOT NULL DEFAULT 0;
