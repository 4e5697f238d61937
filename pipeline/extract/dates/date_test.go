package dates

import (
	"errors"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Date
		wantErr error
	}{
		{"day", "2019-12-02", Date{2019, 12, 2, PrecisionDay}, nil},
		{"month", "2019-12", Date{2019, 12, 0, PrecisionMonth}, nil},
		{"year", "2019", Date{2019, 0, 0, PrecisionYear}, nil},
		{"spaces", " 2024-02-29 ", Date{2024, 2, 29, PrecisionDay}, nil},
		{"leap day in common year", "2023-02-29", Date{}, ErrRange},
		{"31 April", "2024-04-31", Date{}, ErrRange},
		{"month 13", "2024-13", Date{}, ErrRange},
		{"month 0", "2024-00-10", Date{}, ErrRange},
		{"year too early", "1850", Date{}, ErrRange},
		{"short month", "2024-2-1", Date{}, ErrSyntax},
		{"slashes", "2024/02/01", Date{}, ErrSyntax},
		{"too many parts", "2024-02-01-01", Date{}, ErrSyntax},
		{"empty", "", Date{}, ErrSyntax},
		{"words", "December 2019", Date{}, ErrSyntax},
		{"sign", "+2024", Date{}, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Parse(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestISORoundTrip(t *testing.T) {
	for _, s := range []string{"2019-12-02", "2019-12", "2019", "2000-02-29", "1900-01-01", "2100-12-31"} {
		d, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		if got := d.ISO(); got != s {
			t.Errorf("Parse(%q).ISO() = %q", s, got)
		}
		if d.String() != s {
			t.Errorf("Parse(%q).String() = %q", s, d.String())
		}
	}
}

func TestValid(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want bool
	}{
		{"day", Date{2024, 2, 29, PrecisionDay}, true},
		{"31 February", Date{2024, 2, 31, PrecisionDay}, false},
		{"29 February 1900", Date{1900, 2, 29, PrecisionDay}, false},
		{"month with day", Date{2024, 2, 3, PrecisionMonth}, false},
		{"year with month", Date{2024, 2, 0, PrecisionYear}, false},
		{"no precision", Date{2024, 2, 3, ""}, false},
		{"zero", Date{}, false},
		{"year 2101", Date{2101, 0, 0, PrecisionYear}, false},
		{"month", Date{2024, 12, 0, PrecisionMonth}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Valid(); got != tt.want {
				t.Errorf("%+v.Valid() = %v, want %v", tt.d, got, tt.want)
			}
		})
	}
}

func TestBefore(t *testing.T) {
	a, b := Date{2023, 12, 28, PrecisionDay}, Date{2024, 1, 3, PrecisionDay}
	if !a.Before(b) || b.Before(a) || a.Before(a) {
		t.Errorf("Before is not a strict order on %v and %v", a, b)
	}
	if !(Date{2024, 1, 0, PrecisionMonth}).Before(Date{2024, 3, 0, PrecisionMonth}) {
		t.Errorf("January 2024 should be before March 2024")
	}
}
