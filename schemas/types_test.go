package schemas

import (
	"slices"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in string
		want     Date
		wantErr  string
	}{
		{name: "epoch", in: "1970-01-01", want: 0},
		{name: "y2k", in: "2000-01-01", want: 10957},
		{name: "before epoch", in: "1969-12-31", want: -1},
		{name: "leap day", in: "2024-02-29", want: DateOf(2024, time.February, 29)},
		{name: "not a leap year", in: "2023-02-29", wantErr: `parsing date "2023-02-29": want YYYY-MM-DD, e.g. 2019-12-02`},
		{name: "day first", in: "02-12-2019", wantErr: `parsing date "02-12-2019": want YYYY-MM-DD, e.g. 2019-12-02`},
		{name: "empty", in: "", wantErr: `parsing date "": want YYYY-MM-DD, e.g. 2019-12-02`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("ParseDate(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseDate(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
			}
			if got.String() != tt.in {
				t.Errorf("String() = %q, want %q", got.String(), tt.in)
			}
		})
	}
}

func TestDateTime(t *testing.T) {
	d := DateOf(2019, time.December, 2)
	if got := d.Time(); !got.Equal(time.Date(2019, 12, 2, 0, 0, 0, 0, time.UTC)) || got.Location() != time.UTC {
		t.Errorf("Time() = %v", got)
	}
	if s, _ := d.MarshalCSV(); s != "2019-12-02" {
		t.Errorf("MarshalCSV() = %q", s)
	}
	var back Date
	if err := back.UnmarshalCSV("2019-12-02"); err != nil || back != d {
		t.Errorf("UnmarshalCSV = %d, %v; want %d", back, err, d)
	}
	if err := back.UnmarshalCSV("2 December 2019"); err == nil {
		t.Error("UnmarshalCSV accepted a date in words")
	}
}

func TestListCSV(t *testing.T) {
	tests := []struct {
		name string
		in   List
		want string
	}{
		{"nil", nil, "[]"},
		{"empty", List{}, "[]"},
		{"one", List{"OEWG"}, `["OEWG"]`},
		{"quotes and html", List{`say "hi"`, "a<b>&c"}, `["say \"hi\"","a<b>&c"]`},
		{"unicode", List{"Côte d’Ivoire", "日本"}, `["Côte d’Ivoire","日本"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.in.MarshalCSV()
			if err != nil || got != tt.want {
				t.Fatalf("MarshalCSV() = %q, %v; want %q", got, err, tt.want)
			}
			var back List
			if err := back.UnmarshalCSV(got); err != nil {
				t.Fatalf("UnmarshalCSV(%q): %v", got, err)
			}
			if !slices.Equal(back, tt.in) || (len(tt.in) == 0 && back != nil) {
				t.Errorf("UnmarshalCSV(%q) = %#v, want %#v", got, back, tt.in)
			}
		})
	}
}

func TestListCSVErrors(t *testing.T) {
	for _, in := range []string{"", "null", "a,b", `[1,2]`, `{"a":1}`, `["a"`} {
		var l List
		if err := l.UnmarshalCSV(in); err == nil {
			t.Errorf("UnmarshalCSV(%q) = %#v, want an error", in, l)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019-12-02", "1970-01-01", "0001-01-01", "9999-12-31", "2023-02-29", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Errorf("ParseDate(%q).String() = %q", s, d.String())
		}
	})
}

func FuzzListCSV(f *testing.F) {
	for _, s := range []string{"[]", `["a"]`, `["a","b\nc"]`, `["\u00e9",""]`, "null", `[1]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var l List
		if err := l.UnmarshalCSV(s); err != nil {
			return
		}
		out, err := l.MarshalCSV()
		if err != nil {
			t.Fatalf("MarshalCSV(%#v): %v", l, err)
		}
		var back List
		if err := back.UnmarshalCSV(out); err != nil || !slices.Equal(back, l) {
			t.Errorf("%q → %#v → %q → %#v, %v", s, l, out, back, err)
		}
	})
}
