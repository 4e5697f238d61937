package synth

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// readCountries reads the short names of the reference countries table
// (columns name, alpha3, form; '#' lines are comments), leaving out the
// inverted forms ("Bolivia, Plurinational State of") that prose never uses.
func readCountries(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("reading countries: %w; give -raw a folder with reference/countries.csv", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = -1
	var out []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		if len(rec) >= 3 && rec[2] == "name" && !strings.ContainsAny(rec[0], ",()") {
			out = append(out, rec[0])
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no row of form \"name\"; the synthetic places need countries", name)
	}
	return out, nil
}

// copyDir copies the regular files of src into dst (not recursively: the
// reference folder is flat).
func copyDir(src, dst string) error {
	ents, err := os.ReadDir(src)
	if err != nil {
		return fmt.Errorf("reading the reference folder: %w", err)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dst, err)
	}
	for _, e := range ents {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			return fmt.Errorf("reading reference file: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			return fmt.Errorf("copying reference file: %w", err)
		}
	}
	return nil
}
