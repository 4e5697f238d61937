package extract

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/uncyber/uncyber/pipeline/names"
)

// Country is a state as ISO 3166-1 names it.
type Country struct {
	Name  string // short name used as the canonical form
	Code  string // alpha-3
	Forms []string
}

// Body is a known organisation: a UN body, an intergovernmental
// organisation or another organisation often cited in cyber diplomacy.
type Body struct {
	Name    string
	Acronym string
	Kind    string
	Aliases []string
}

// Cue is a word that marks a capitalised phrase as an organisation name.
type Cue struct {
	Word   string
	Kind   string
	Weight float64
}

// isLegalForm reports whether the cue is a legal form written with a full
// stop, such as "Inc." or "Ltd.".
func (c Cue) isLegalForm() bool { return strings.HasSuffix(c.Word, ".") }

// Reference is background knowledge loaded from raw/reference/.
type Reference struct {
	Countries  []Country
	Bodies     []Body
	Cues       map[string]Cue    // by word as written
	Honorifics map[string]bool   // as written, e.g. "Dr", "Amb."
	EventWords map[string]string // lower-case word → meeting kind
	RoleWords  map[string]bool   // words of job titles, e.g. "Director"
	StopWords  map[string]bool   // capitalised words that never start a name
	// Attributive lists nouns that after a meeting name make it a modifier:
	// "the Geneva Dialogue website".
	Attributive map[string]bool
	Modifiers   map[string]string // lower-case meeting modifiers → kind, "part" or "skip"
	Ordinals    map[string]int    // "second" → 2
	// PublicationCues maps words such as "Declaration" or "paper" to a
	// publication kind.
	PublicationCues map[string]string
	// Cities are the cities meetings are held in, to recognise and
	// normalise a meeting's place.
	Cities []City
	// ListLabels maps lower-case words of a label announcing a list of
	// organisations ("Signatories:") to "strong" or "signatory".
	ListLabels map[string]string
	// CollectiveNouns are plural nouns for groups ("States", "Delegates")
	// that are never part of a person's name.
	CollectiveNouns map[string]bool
	// TopicLabels are labels of lines listing topics or links ("Tags:").
	TopicLabels map[string]bool
	// PersonLabels are lower-case words that, as a label or a table
	// column header, announce people: "moderator", "speakers".
	PersonLabels map[string]bool

	countryByKey map[string]int // names.Key of a form → index in Countries
	bodyByKey    map[string]int // names.Key of name/alias → index in Bodies
	bodyByAcr    map[string]int // acronym as written → index in Bodies
	cityByKey    map[string]int // names.Key of a city name or alias → index in Cities

	filters referenceFilters // of the lists above, built once they are loaded

	gazOnce sync.Once
	gaz     *gazetteerIndex // built from gazetteer() on first use
}

// LoadReference reads the reference files under rawDir/reference.
func LoadReference(rawDir string) (*Reference, error) {
	dir := filepath.Join(rawDir, "reference")
	ref := &Reference{}
	steps := []struct {
		file string
		load func([][]string) error
	}{
		{"countries.csv", ref.loadCountries},
		{"country-aliases.csv", ref.loadCountryAliases},
		{"bodies.csv", ref.loadBodies},
		{"org-cues.csv", ref.loadCues},
		{"event-words.csv", ref.loadEventWords},
		{"honorifics.txt", ref.loadHonorifics},
		{"role-words.txt", func(rows [][]string) error { ref.RoleWords = wordSet(rows); return nil }},
		{"meeting-modifiers.csv", ref.loadModifiers},
		{"ordinals.csv", ref.loadOrdinals},
		{"publication-cues.csv", ref.loadPublicationCues},
		{"attributive-nouns.txt", func(rows [][]string) error { ref.Attributive = wordSet(rows); return nil }},
		{"stop-words.txt", func(rows [][]string) error { ref.StopWords = wordSet(rows); return nil }},
		{"cities.csv", ref.loadCities},
		{"org-list-labels.csv", ref.loadListLabels},
		{"collective-nouns.txt", func(rows [][]string) error { ref.CollectiveNouns = wordSet(rows); return nil }},
		{"topic-labels.txt", func(rows [][]string) error { ref.TopicLabels = wordSet(rows); return nil }},
		{"person-labels.txt", func(rows [][]string) error { ref.PersonLabels = lowerSet(rows); return nil }},
	}
	for _, s := range steps {
		path := filepath.Join(dir, s.file)
		rows, err := readTable(path)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
		if err := s.load(rows); err != nil {
			return nil, fmt.Errorf("loading %s: %w", path, err)
		}
	}
	ref.buildFilters()
	return ref, nil
}

// readTable reads a CSV file whose lines starting with "#" are comments and
// whose first other line is a header; it returns the rows after the header.
// A .txt file is read as one value per line.
func readTable(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".txt") {
		rows := make([][]string, len(lines))
		for i, l := range lines {
			rows[i] = []string{l}
		}
		return rows, nil
	}
	r := csv.NewReader(strings.NewReader(strings.Join(lines, "\n")))
	rows, err := r.ReadAll()
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[1:], nil
}

func (r *Reference) loadCountries(rows [][]string) error {
	r.countryByKey = map[string]int{}
	byCode := map[string]int{}
	for i, row := range rows {
		if len(row) < 3 {
			return fmt.Errorf("line %d: want name,alpha3,form", i+2)
		}
		name, code, form := row[0], row[1], row[2]
		idx, ok := byCode[code]
		if !ok {
			idx = len(r.Countries)
			byCode[code] = idx
			r.Countries = append(r.Countries, Country{Code: code})
		}
		c := &r.Countries[idx]
		if form == "common_name" || (c.Name == "" && form == "name" && !strings.Contains(name, ",")) {
			c.Name = name
		}
		if !strings.Contains(name, ",") && !strings.Contains(name, "(") {
			c.Forms = append(c.Forms, strings.TrimPrefix(name, "the "))
		}
	}
	for i := range r.Countries {
		c := &r.Countries[i]
		if c.Name == "" && len(c.Forms) > 0 {
			c.Name = c.Forms[0]
		}
		for _, f := range c.Forms {
			r.countryByKey[names.Key(f)] = i
		}
	}
	return nil
}

func (r *Reference) loadCountryAliases(rows [][]string) error {
	byCode := map[string]int{}
	for i, c := range r.Countries {
		byCode[c.Code] = i
	}
	for i, row := range rows {
		if len(row) < 2 {
			return fmt.Errorf("line %d: want name,alpha3", i+2)
		}
		idx, ok := byCode[row[1]]
		if !ok {
			return fmt.Errorf("line %d: unknown alpha-3 code %q; add it to countries.csv first", i+2, row[1])
		}
		c := &r.Countries[idx]
		c.Forms = append(c.Forms, row[0])
		if c.Name == "" {
			c.Name = row[0] // ISO gives only an inverted name: "Congo, The Democratic Republic of the"
		}
		r.countryByKey[names.Key(row[0])] = idx
	}
	for _, c := range r.Countries {
		if c.Name == "" && len(c.Forms) > 0 {
			return fmt.Errorf("%s can be found in texts but has no name without a comma; add one to country-aliases.csv", c.Code)
		}
	}
	return nil
}

func (r *Reference) loadBodies(rows [][]string) error {
	r.bodyByKey, r.bodyByAcr = map[string]int{}, map[string]int{}
	for i, row := range rows {
		if len(row) < 4 {
			return fmt.Errorf("line %d: want name,acronym,kind,aliases", i+2)
		}
		b := Body{Name: row[0], Acronym: row[1], Kind: row[2]}
		if row[3] != "" {
			b.Aliases = strings.Split(row[3], "|")
		}
		idx := len(r.Bodies)
		r.Bodies = append(r.Bodies, b)
		for _, n := range append([]string{b.Name}, b.Aliases...) {
			r.bodyByKey[names.Key(n)] = idx
		}
		if b.Acronym != "" {
			r.bodyByAcr[b.Acronym] = idx
		}
	}
	return nil
}

func (r *Reference) loadCues(rows [][]string) error {
	r.Cues = map[string]Cue{}
	for i, row := range rows {
		if len(row) < 3 {
			return fmt.Errorf("line %d: want cue,kind,weight", i+2)
		}
		w, err := strconv.ParseFloat(row[2], 64)
		if err != nil {
			return fmt.Errorf("line %d: weight: %w", i+2, err)
		}
		r.Cues[row[0]] = Cue{Word: row[0], Kind: row[1], Weight: w}
	}
	return nil
}

func (r *Reference) loadEventWords(rows [][]string) error {
	r.EventWords = map[string]string{}
	for i, row := range rows {
		if len(row) < 2 {
			return fmt.Errorf("line %d: want word,kind", i+2)
		}
		r.EventWords[row[0]] = row[1]
	}
	return nil
}

func (r *Reference) loadHonorifics(rows [][]string) error {
	r.Honorifics = wordSet(rows)
	return nil
}

func (r *Reference) loadModifiers(rows [][]string) error {
	r.Modifiers = map[string]string{}
	for i, row := range rows {
		if len(row) < 2 {
			return fmt.Errorf("line %d: want word,kind", i+2)
		}
		r.Modifiers[row[0]] = row[1]
	}
	return nil
}

func (r *Reference) loadPublicationCues(rows [][]string) error {
	r.PublicationCues = map[string]string{}
	for i, row := range rows {
		if len(row) < 2 {
			return fmt.Errorf("line %d: want word,kind", i+2)
		}
		r.PublicationCues[row[0]] = row[1]
	}
	return nil
}

func (r *Reference) loadOrdinals(rows [][]string) error {
	r.Ordinals = map[string]int{}
	for i, row := range rows {
		if len(row) < 2 {
			return fmt.Errorf("line %d: want word,number", i+2)
		}
		n, err := strconv.Atoi(row[1])
		if err != nil {
			return fmt.Errorf("line %d: number: %w", i+2, err)
		}
		r.Ordinals[row[0]] = n
	}
	return nil
}

// wordSet makes a set of the first column of rows.
func wordSet(rows [][]string) map[string]bool {
	set := map[string]bool{}
	for _, row := range rows {
		set[row[0]] = true
	}
	return set
}

// lowerSet is wordSet with every word in lower case, for lookups that
// ignore case.
func lowerSet(rows [][]string) map[string]bool {
	set := map[string]bool{}
	for _, row := range rows {
		set[strings.ToLower(row[0])] = true
	}
	return set
}

// CountryOf returns the country a name denotes, if any.
func (r *Reference) CountryOf(name string) (Country, bool) {
	i, ok := lookupKeyFiltered(r.countryByKey, &r.filters.countries, strings.TrimPrefix(name, "the "))
	if !ok {
		return Country{}, false
	}
	return r.Countries[i], true
}

// BodyOf returns the known organisation a name, alias or acronym denotes.
func (r *Reference) BodyOf(name string) (Body, bool) {
	if i, ok := r.bodyByAcr[name]; ok {
		return r.Bodies[i], true
	}
	if i, ok := lookupKeyFiltered(r.bodyByKey, &r.filters.bodies, name); ok {
		return r.Bodies[i], true
	}
	return Body{}, false
}

// gazetteer lists every reference form (country forms, body names, aliases
// and acronyms), longest first so that a scan prefers the longest match.
func (r *Reference) gazetteer() []string {
	var forms []string
	for _, c := range r.Countries {
		forms = append(forms, c.Forms...)
	}
	for _, b := range r.Bodies {
		forms = append(forms, b.Name)
		forms = append(forms, b.Aliases...)
		if b.Acronym != "" {
			forms = append(forms, b.Acronym)
		}
	}
	sort.Slice(forms, func(i, j int) bool {
		if len(forms[i]) != len(forms[j]) {
			return len(forms[i]) > len(forms[j])
		}
		return forms[i] < forms[j]
	})
	return forms
}
