package release

import (
	"errors"
	"testing"
)

func TestParseVersion(t *testing.T) {
	tests := []struct {
		in      string
		want    Version
		wantErr bool
	}{
		{in: "0.1.0", want: Version{Minor: 1}},
		{in: "10.20.30", want: Version{Major: 10, Minor: 20, Patch: 30}},
		{in: "1.0.0-rc.1", want: Version{Major: 1, Pre: "rc.1"}},
		{in: "1.0.0-x-y.0a", want: Version{Major: 1, Pre: "x-y.0a"}},
		{in: "", wantErr: true},
		{in: "0.1", wantErr: true},
		{in: "v0.1.0", wantErr: true},
		{in: "01.1.0", wantErr: true},
		{in: "0.1.0-", wantErr: true},
		{in: "0.1.0-rc..1", wantErr: true},
		{in: "0.1.0-01", wantErr: true},
		{in: "0.1.0+build", wantErr: true},
		{in: "0.1.0\n", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseVersion(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrVersion) {
					t.Errorf("ParseVersion(%q) = %v, %v; want ErrVersion", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseVersion(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestVersionOrder(t *testing.T) {
	// Ascending, from the semver specification's examples.
	order := []string{"0.1.0", "0.1.1", "0.2.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
		"1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1"}
	for i := range order {
		for j := range order {
			a, b := mustParse(t, order[i]), mustParse(t, order[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%s.Compare(%s) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestVersionBreaks(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"0.1.0", "0.1.1", false},
		{"0.1.3", "0.2.0", false},
		{"0.9.0", "1.0.0", true},
		{"1.2.0", "1.3.0", false},
		{"1.2.0", "2.0.0", true},
	}
	for _, tt := range tests {
		t.Run(tt.prev+"→"+tt.next, func(t *testing.T) {
			prev, next := mustParse(t, tt.prev), mustParse(t, tt.next)
			if got := next.Breaks(prev); got != tt.want {
				t.Errorf("%s.Breaks(%s) = %v, want %v", next, prev, got, tt.want)
			}
			if nb := prev.NextBreaking(); !nb.Breaks(prev) || nb.Compare(prev) <= 0 {
				t.Errorf("%s.NextBreaking() = %s, which does not break it", prev, nb)
			}
		})
	}
}

func mustParse(t *testing.T, s string) Version {
	t.Helper()
	v, err := ParseVersion(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
