"""Political prisoners the news names by the surname alone ("Ціханоўскі вызвалены", "Ms Kalesnikava remains ...").

A lone capitalised surname is a person when it is one of these (compared by `name_forms.surname_key`, so every
script and declension meets) or when the article has named its person in full. This is data, not logic: the
best-known prisoners and former prisoners of the pardon rounds, as the news of 2024–2026 names them, and those of
the 2011–2015 releases that explainers go back to.
"""

WELL_KNOWN_SURNAMES = (
    "Tsikhanouski", "Bialiatski", "Kalesnikava", "Babaryka", "Statkevich", "Poczobut", "Pachobut", "Dziadok",
    "Kuznechyk", "Kastusiou", "Matskevich", "Fiadynich", "Sieviaryniec", "Labkovich", "Stefanovich", "Shchyrakova",
    "Sannikov", "Bandarenka", "Dashkevich", "Rymasheuski", "Alinevich",
)
