package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no command", nil, exitUsage, "usage: uncyber"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"unknown flag", []string{"build", "-nope"}, exitUsage, "flag provided but not defined"},
		{"stray argument", []string{"build", "extra"}, exitUsage, "build takes no arguments"},
		{"add without files", []string{"add"}, exitUsage, "add needs at least one FILE"},
		{"help", []string{"help", "build"}, exitOK, ""},
		{"help for unknown", []string{"help", "nope"}, exitUsage, `unknown command "nope"`},
		{"missing raw folder", []string{"build", "-raw", "testdata/does-not-exist", "-out", "testdata/never-written"}, exitData, "does-not-exist"},
		{"validate missing out", []string{"validate", "-out", "testdata/does-not-exist"}, exitData, "run uncyber build first"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.wantErr)
			}
		})
	}
}

func TestHelpCoversEveryCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"help"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("help exited %d", code)
	}
	for _, c := range commands {
		if !strings.Contains(stdout.String(), c.Name) || c.Short == "" || c.Long == "" || c.UsageLine == "" {
			t.Errorf("command %s lacks help text or is missing from help", c.Name)
		}
	}
}

func TestEvalKeep(t *testing.T) {
	keep := t.TempDir() + "/kept"
	args := []string{"eval", "-seeds", "", "-corpus", "../../testdata/extra/corpus", "-gold", "../../testdata/extra/gold", "-reference", "../../raw", "-keep", keep}
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "macro-F1") {
		t.Errorf("no scores printed:\n%s", stdout.String())
	}
	if _, err := os.Stat(keep + "/datapackage.json"); err != nil {
		t.Errorf("the kept dataset has no datapackage.json: %v", err)
	}
	stdout.Reset()
	stderr.Reset()
	if code := run(args, &stdout, &stderr); code == exitOK || !strings.Contains(stderr.String(), "the folder exists") {
		t.Errorf("a second eval into the same folder: exit code %d, stderr %q; want a refusal", code, stderr.String())
	}
}
