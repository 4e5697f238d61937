package extract

import (
	"fmt"
	"strings"

	"github.com/uncyber/uncyber/pipeline/names"
)

// City is a city from raw/reference/cities.csv: its English name, the
// alpha-3 code of its country and other spellings ("Genève").
type City struct {
	Name    string
	Code    string
	Aliases []string
}

// loadCities reads name,alpha3,aliases rows; every code must be a country of
// countries.csv, which is loaded first.
func (r *Reference) loadCities(rows [][]string) error {
	r.cityByKey = map[string]int{}
	known := map[string]bool{}
	for _, c := range r.Countries {
		known[c.Code] = true
	}
	for i, row := range rows {
		if len(row) < 3 {
			return fmt.Errorf("line %d: want name,alpha3,aliases", i+2)
		}
		if !known[row[1]] {
			return fmt.Errorf("line %d: unknown alpha-3 code %q; use a code of countries.csv", i+2, row[1])
		}
		c := City{Name: row[0], Code: row[1]}
		if row[2] != "" {
			c.Aliases = strings.Split(row[2], "|")
		}
		// An alias that differs only by accents has the name's key: that is no
		// duplicate.
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			k := names.Key(n)
			if j, dup := r.cityByKey[k]; dup && j < len(r.Cities) {
				return fmt.Errorf("line %d: %q is already a name of %s; keep one row per city", i+2, n, r.Cities[j].Name)
			}
			r.cityByKey[k] = len(r.Cities)
		}
		r.Cities = append(r.Cities, c)
	}
	return nil
}

// CityOf returns the city a name or spelling denotes, if it is listed.
func (r *Reference) CityOf(name string) (City, bool) {
	i, ok := lookupKeyFiltered(r.cityByKey, &r.filters.cities, name)
	if !ok {
		return City{}, false
	}
	return r.Cities[i], true
}
