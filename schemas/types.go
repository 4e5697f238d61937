package schemas

// Date is a calendar day stored as days since 1970-01-01, the representation of
// the Parquet DATE logical type. (parquet-go corrupts DATE columns written from
// time.Time; see NOTES in the README.) Nullable date columns are *Date.
type Date int32

// List is a list of strings: list<string> in Parquet, a JSON array in CSV
// (the Frictionless "array" type).
type List []string
