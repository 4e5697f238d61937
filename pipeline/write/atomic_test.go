package write

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/internal/treetest"

	"github.com/uncyber/uncyber/schemas"
)

// previousOut makes an output directory as an earlier build left it and
// returns its path and contents.
func previousOut(t *testing.T) (string, map[string]string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out")
	meta := PackageMeta{Version: "0.0.1", Extra: map[string]func(io.Writer) error{"report.json": Content([]byte(`{"old":true}`))}}
	if err := WriteAtomic(out, fixture(), meta); err != nil {
		t.Fatal(err)
	}
	return out, treetest.Read(t, out)
}

// siblings lists the names next to out other than out itself.
func siblings(t *testing.T, out string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.Name() != filepath.Base(out) {
			names = append(names, e.Name())
		}
	}
	return names
}

// deadPid returns the pid of a process that has exited.
func deadPid(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

func TestWriteAtomic(t *testing.T) {
	dup := fixture()
	dup.Review = append(dup.Review, dup.Review[0]) // review is the last table written
	tests := []struct {
		name    string
		ds      *schemas.Dataset
		setup   func(t *testing.T, out string)
		wantErr error
	}{
		{name: "replaces", ds: reversed(fixture())},
		{name: "fails midway", ds: dup, wantErr: ErrDuplicateKey},
		{name: "fails at the swap", ds: fixture(), wantErr: errRenameHook,
			setup: func(t *testing.T, out string) { failRename(t, ".staging-") }},
		{name: "replaces by two renames", ds: reversed(fixture()),
			setup: func(t *testing.T, out string) { noExchange(t) }},
		{name: "fails at the second of two renames", ds: fixture(), wantErr: errRenameHook,
			setup: func(t *testing.T, out string) { noExchange(t); failRename(t, ".staging-") }},
		{name: "stale lock temp removed", ds: fixture(),
			setup: func(t *testing.T, out string) { leftLockTemp(t, out, deadPid(t)) }},
		{name: "locked by a running build", ds: fixture(), wantErr: ErrLocked,
			setup: func(t *testing.T, out string) { writeLock(t, out, os.Getpid()) }},
		{name: "lock of a dead build", ds: fixture(),
			setup: func(t *testing.T, out string) { writeLock(t, out, deadPid(t)) }},
		{name: "leftovers removed", ds: fixture(),
			setup: func(t *testing.T, out string) { leftovers(t, out, false) }},
		{name: "old dir restored before a failing build", ds: dup, wantErr: ErrDuplicateKey,
			setup: func(t *testing.T, out string) { leftovers(t, out, true) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, before := previousOut(t)
			if tt.setup != nil {
				tt.setup(t, out)
			}
			err := WriteAtomic(out, tt.ds, PackageMeta{Version: "0.0.2"})
			after := treetest.Read(t, out)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("WriteAtomic error = %v, want %v", err, tt.wantErr)
				}
				if !reflect.DeepEqual(after, before) {
					t.Errorf("the previous output changed after a failed write")
				}
			} else {
				if err != nil {
					t.Fatalf("WriteAtomic: %v", err)
				}
				if _, ok := after["report.json"]; ok || !strings.Contains(after["datapackage.json"], `"version": "0.0.2"`) {
					t.Errorf("the output was not replaced as a whole")
				}
			}
			wantLeft := []string(nil)
			if errors.Is(tt.wantErr, ErrLocked) {
				wantLeft = []string{"out.lock"} // the other build's lock stays
			}
			if got := siblings(t, out); !reflect.DeepEqual(got, wantLeft) {
				t.Errorf("left next to out: %q, want %q", got, wantLeft)
			}
		})
	}
}

var errRenameHook = errors.New("rename failed by the test")

// failRename makes renames and exchanges whose source contains part fail
// until the test ends.
func failRename(t *testing.T, part string) {
	prevExchange := exchange
	rename = func(from, to string) error {
		if strings.Contains(from, part) {
			return errRenameHook
		}
		return os.Rename(from, to)
	}
	exchange = func(a, b string) error {
		if strings.Contains(a, part) {
			return errRenameHook
		}
		return prevExchange(a, b)
	}
	t.Cleanup(func() { rename, exchange = os.Rename, prevExchange })
}

// noExchange makes swap fall back to two renames until the test ends, as on
// a system without an atomic exchange.
func noExchange(t *testing.T) {
	exchange = func(a, b string) error { return errNoExchange }
	t.Cleanup(func() { exchange = exchangeDirs })
}

// leftLockTemp fakes the temporary lock file of a build killed while
// taking the lock.
func leftLockTemp(t *testing.T, out string, pid int) {
	t.Helper()
	name := fmt.Sprintf("%s%s%s%d", out, lockSuffix, lockTempInfix, pid)
	if err := os.WriteFile(name, nil, 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeLock(t *testing.T, out string, pid int) {
	t.Helper()
	if err := os.WriteFile(out+lockSuffix, fmt.Appendf(nil, "%d\n", pid), 0o644); err != nil {
		t.Fatal(err)
	}
}

// leftovers fakes a killed build: a half-written staging directory and an
// old directory. With moved, the build was killed between its two renames,
// so out itself is missing and lives on as the old directory.
func leftovers(t *testing.T, out string, moved bool) {
	t.Helper()
	staging := out + stagingSuffix + "999999"
	if err := os.MkdirAll(filepath.Join(staging, "csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	old := out + oldSuffix + "999998"
	if moved {
		if err := os.Rename(out, old); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err := os.MkdirAll(old, 0o755); err != nil {
		t.Fatal(err)
	}
}

func TestLockHeldWithoutPid(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if err := os.WriteFile(out+lockSuffix, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteAtomic(out, fixture(), PackageMeta{Version: "1"})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "remove it if no build is running") {
		t.Errorf("WriteAtomic with an empty lock file: %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("out was created although the lock was held")
	}
}
