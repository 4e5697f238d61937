package write

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/uncyber/uncyber/schemas"
)

// TestTee reads a stream of several batches through both readers of a tee
// at once: each sees every row in order, the stream is read once, a
// reader that stops early does not hold up the other, and an error of the
// pass reaches both.
func TestTee(t *testing.T) {
	n := 3*streamBatch + 7
	rows := make(schemas.SliceStream[int], n)
	for i := range rows {
		rows[i] = i
	}
	boom := errors.New("boom")
	tests := []struct {
		name      string
		failAt    int // the pass fails at this row; -1 never
		stopAt    int // reader 0 stops at this row; -1 never
		wantErr   [2]error
		wantCount [2]int
	}{
		{"both read all", -1, -1, [2]error{nil, nil}, [2]int{n, n}},
		{"one stops", -1, 5, [2]error{errStop, nil}, [2]int{5, n}},
		{"pass fails", 2*streamBatch + 1, -1, [2]error{boom, boom}, [2]int{2 * streamBatch, 2 * streamBatch}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			passes := 0
			tr := newTee(rows, func(f func(int) error) error {
				passes++
				return rows.Each(func(r int) error {
					if r == tt.failAt {
						return boom
					}
					return f(r)
				})
			})
			var got [2][]int
			var errs [2]error
			var wg sync.WaitGroup
			for k := range 2 {
				wg.Go(func() {
					r := tr.reader(k)
					if r.Len() != n {
						t.Errorf("reader %d: Len %d, want %d", k, r.Len(), n)
					}
					errs[k] = r.Each(func(v int) error {
						if k == 0 && v == tt.stopAt {
							return errStop
						}
						got[k] = append(got[k], v)
						return nil
					})
				})
			}
			wg.Wait()
			if passes != 1 {
				t.Errorf("the stream was read %d times, want once", passes)
			}
			for k := range 2 {
				if !errors.Is(errs[k], tt.wantErr[k]) || (tt.wantErr[k] == nil && errs[k] != nil) {
					t.Errorf("reader %d: error %v, want %v", k, errs[k], tt.wantErr[k])
				}
				if want := rows[:tt.wantCount[k]]; !slices.Equal(got[k], want) {
					t.Errorf("reader %d: %s, want rows 0 to %d in order", k, summary(got[k]), tt.wantCount[k]-1)
				}
			}
		})
	}
}

var errStop = errors.New("reader stops")

func summary(v []int) string {
	if len(v) == 0 {
		return "no rows"
	}
	return fmt.Sprintf("%d rows, %d…%d", len(v), v[0], v[len(v)-1])
}
