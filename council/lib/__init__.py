"""Small helpers shared by the domain, the public site and the importer; no Django here."""
