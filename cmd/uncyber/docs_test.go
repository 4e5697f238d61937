package main

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the README's command table")

// TestDocsUpToDate requires the README's command table to be the one
// generated from the commands list (as cmd/go's TestDocsUpToDate does).
func TestDocsUpToDate(t *testing.T) {
	const readme = "../../README.md"
	b, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	start := strings.Index(text, "<!-- commands:")
	end := strings.Index(text, "<!-- /commands -->")
	if start < 0 || end < start {
		t.Fatal("README.md has no <!-- commands: … --> … <!-- /commands --> block")
	}
	start += strings.Index(text[start:], "\n") + 1
	want := commandTable()
	if text[start:end] == want {
		return
	}
	if *update {
		if err := os.WriteFile(readme, []byte(text[:start]+want+text[end:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's command table is stale; run go test ./cmd/uncyber -update\n--- want\n%s--- have\n%s", want, text[start:end])
}
