package source

import (
	"path"
	"strings"
	"time"
)

// checkRow reports the problems a manifest row has on its own (without
// looking at the file it lists) and flags the row with what is usable.
func checkRow(errs *ErrorList, name string, r *manifestRow) {
	n := len(*errs)
	for c, v := range fieldsOf(r.Entry) {
		if i := strings.IndexFunc(v, isControl); i >= 0 {
			errs.Add(r.pos(name, c), ErrManifestSyntax,
				"%s: control character %q at byte %d; manifest values must be one line of text", Columns[c], v[i], i+1)
		}
	}
	checkSourceID(errs, r.pos(name, colSourceID), r.SourceID)
	checkDate(errs, r.pos(name, colPublished), Columns[colPublished], r.Published)
	checkDate(errs, r.pos(name, colRetrieved), Columns[colRetrieved], r.Retrieved)
	r.pathOK = checkPath(errs, r.pos(name, colPath), r.Path)
	r.shaOK = isSHA256(r.SHA256)
	if !r.shaOK {
		errs.Add(r.pos(name, colSHA256), ErrChecksum,
			"sha256: %q is not 64 lowercase hex digits; run uncyber add %s to compute it", r.SHA256, r.Path)
	}
	r.ok = len(*errs) == n
}

// isControl reports C0 control characters and DEL, which have no place in
// a one-line manifest value.
func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// checkSourceID reports an empty id or one with characters outside [a-z0-9_-].
func checkSourceID(errs *ErrorList, pos Pos, id string) {
	if id == "" {
		errs.Add(pos, ErrSourceID, "source_id: empty; use the file name without extension, e.g. %s", SourceIDFromName("sources/my-report.txt"))
		return
	}
	if want := SourceIDFromName(id); want != id {
		errs.Add(pos, ErrSourceID, "source_id: %q has characters outside [a-z0-9_-]; use %q", id, want)
	}
}

// checkDate reports a value that is neither empty nor an existing day written
// YYYY-MM-DD (so 2019-02-31 is refused).
func checkDate(errs *ErrorList, pos Pos, column, v string) {
	if v == "" {
		return
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil || len(v) != len(time.DateOnly) {
		errs.Add(pos, ErrDate, "%s: %q is not a date; write an existing day as YYYY-MM-DD, or leave it empty", column, v)
	}
}

// checkPath reports a path that is not a clean relative slash path inside
// sources/, and says whether it is one. Symlinks are checked later, when
// the file is opened.
func checkPath(errs *ErrorList, pos Pos, p string) bool {
	switch {
	case p == "":
		errs.Add(pos, ErrMissingFile, "path: empty; give the file's path relative to the raw folder, e.g. sources/x.txt")
	case strings.HasPrefix(p, "/") || strings.Contains(p, "\\") || (len(p) > 1 && p[1] == ':'):
		errs.Add(pos, ErrOutsideRaw, "path: %q is absolute or uses backslashes; write it relative to the raw folder with /, e.g. sources/x.txt", p)
	case path.Clean(p) != p || hasDotDot(p):
		errs.Add(pos, ErrOutsideRaw, "path: %q is not a clean path inside sources/ (no .., ./ or //); write e.g. sources/x.txt", p)
	case !strings.HasPrefix(p, SourcesDir+"/"):
		errs.Add(pos, ErrOutsideRaw, "path: %q is outside sources/; move the file into the raw sources folder", p)
	default:
		return true
	}
	return false
}

// hasDotDot reports whether a slash path has a ".." element.
func hasDotDot(p string) bool {
	for _, e := range strings.Split(p, "/") {
		if e == ".." {
			return true
		}
	}
	return false
}

// isSHA256 reports whether s is 64 lowercase hex digits.
func isSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// SourceIDFromName derives a source_id from a file name: the base name
// without its extension, lower-cased, with every character outside
// [a-z0-9_-] replaced by '-'. "Report 2024.HTML" gives "report-2024".
func SourceIDFromName(name string) string {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	return strings.Map(func(r rune) rune {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9', r == '_', r == '-':
			return r
		case 'A' <= r && r <= 'Z':
			return r + ('a' - 'A')
		}
		return '-'
	}, base)
}
