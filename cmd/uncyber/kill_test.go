package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/uncyber/uncyber/internal/treetest"
)

// kills is how many builds TestKilledBuildLeavesCompleteOut kills.
const kills = 50

// TestKilledBuildLeavesCompleteOut kills builds with SIGKILL at random
// moments and checks that out/ is each time, byte for byte, either the
// dataset it held before or the one the build was making, and that what
// the killed build left behind (its lock, its staging folder) does not stop
// the next one. Builds alternate between two corpora, A and B, so that
// every build replaces out/ with different bytes. The seed is fixed, so a
// failure can be replayed.
func TestKilledBuildLeavesCompleteOut(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 50 builds (about 40 s); run without -short, as make test does")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "uncyber")
	if b, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	rawA, rawB := filepath.Join(dir, "a", "raw"), filepath.Join(dir, "b", "raw")
	synthCorpus(t, rawA)
	synthCorpus(t, rawB)
	addOK(t, rawB, filepath.Join(hostileDir, "alpha.txt")) // B has one source more
	want := map[string]map[string]string{}
	took, staged := time.Hour, time.Hour // the fastest of the builds below, when warm
	for _, name := range []string{"A", "B", "A", "B"} {
		raw := map[string]string{"A": rawA, "B": rawB}[name]
		total, write := timeBuild(t, bin, raw, filepath.Join(dir, "want"+name))
		took, staged = min(took, total), min(staged, write)
		want[name] = treetest.Read(t, filepath.Join(dir, "want"+name))
	}
	if reflect.DeepEqual(want["A"], want["B"]) {
		t.Fatal("corpora A and B build the same dataset; the test could not tell old from new")
	}
	out := filepath.Join(t.TempDir(), "out") // alone in its folder, to see what is left next to it
	runBuild(t, bin, rawA, out)
	current := "A"
	rng := rand.New(rand.NewPCG(6, 2026))
	landed := map[string]int{}
	for i := range kills {
		next, raw := "B", rawB
		if current == "B" {
			next, raw = "A", rawA
		}
		// Half the kills anywhere in the build, half while it writes and
		// swaps, the few per cent of its time where a kill could harm.
		from := time.Duration(0)
		if i%2 == 1 {
			from = staged
		}
		delay := from + time.Duration(rng.Int64N(int64(took-from)+1))
		when := killBuildAfter(t, bin, raw, out, delay)
		got := treetest.Read(t, out)
		switch {
		case reflect.DeepEqual(got, want[current]) && when != "after":
			landed[when]++
		case reflect.DeepEqual(got, want[next]):
			landed["after"]++
			current = next
		default:
			t.Fatalf("kill %d after %s: out is neither %s nor %s (%d files)", i+1, delay, current, next, len(got))
		}
	}
	t.Logf("%d kills (a build takes about %s, writing from %s): %d before writing, %d while writing the staging folder, %d after the swap",
		kills, took.Round(time.Millisecond), staged.Round(time.Millisecond), landed["before"], landed["during"], landed["after"])
	next, raw := "B", rawB
	if current == "B" {
		next, raw = "A", rawA
	}
	runBuild(t, bin, raw, out)
	if !reflect.DeepEqual(treetest.Read(t, out), want[next]) {
		t.Errorf("the build after the kills did not give %s", next)
	}
	checkNothingNextTo(t, out)
}

// synthCorpus writes a synthetic corpus big enough that a build takes
// about a second.
func synthCorpus(t *testing.T, raw string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"synth", "-n", "300", "-out", raw, "-raw", "../../raw"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("uncyber synth: exit %d\n%s", code, stderr.String())
	}
}

// runBuild runs the binary's build to completion.
func runBuild(t *testing.T, bin, raw, out string) {
	t.Helper()
	if b, err := exec.Command(bin, "build", "-raw", raw, "-out", out, "-no-cache", "-quiet").CombinedOutput(); err != nil {
		t.Fatalf("uncyber build: %v\n%s", err, b)
	}
}

// timeBuild runs a build to completion and returns how long it took and
// when its staging folder appeared.
func timeBuild(t *testing.T, bin, raw, out string) (total, staged time.Duration) {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "build", "-raw", raw, "-out", out, "-no-cache", "-quiet")
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	staging := fmt.Sprintf("%s.staging-%d", out, cmd.Process.Pid)
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("uncyber build: %v\n%s", err, stderr.String())
			}
			if staged == 0 {
				t.Fatal("never saw the build's staging folder")
			}
			return time.Since(start), staged
		case <-time.After(time.Millisecond):
			if _, err := os.Stat(staging); err == nil && staged == 0 {
				staged = time.Since(start)
			}
		}
	}
}

// killBuildAfter starts a build, kills it with SIGKILL after delay and
// waits for it. It says whether the build was killed "before" writing its
// staging folder or "during" that (or after the swap, while it removed the
// old output now in the staging folder), going by whether its staging
// folder is left; a build that finished before the kill is "after".
func killBuildAfter(t *testing.T, bin, raw, out string, delay time.Duration) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "build", "-raw", raw, "-out", out, "-no-cache", "-quiet")
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("uncyber build failed on its own: %v\n%s", err, stderr.String())
		}
		return "after"
	case <-time.After(delay):
	}
	_ = cmd.Process.Kill() // SIGKILL; it may have exited meanwhile
	<-done                 // reaped, so its pid no longer looks alive to the next lock
	if _, err := os.Stat(fmt.Sprintf("%s.staging-%d", out, cmd.Process.Pid)); err == nil {
		return "during"
	}
	return "before"
}
