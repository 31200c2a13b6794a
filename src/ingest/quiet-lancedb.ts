// Imported before @lancedb/lancedb: its native logger reads LANCEDB_LOG once, at load, and otherwise
// writes a warning per new table and a line per query to stderr. Only errors help an operator.
process.env.LANCEDB_LOG ??= "error";
export {};
