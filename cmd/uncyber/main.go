// Command uncyber builds, validates and releases the uncyber dataset of UN
// cyber-diplomacy meetings from the source texts under raw/.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK    = 0
	exitData  = 1 // the data has problems: the message says which and where
	exitUsage = 2 // the command line is wrong
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches args to a command and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printUsage(stderr)
		return exitUsage
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(stderr, "uncyber: unknown command %q\n", args[0])
		printUsage(stderr)
		return exitUsage
	}
	fs := flag.NewFlagSet(cmd.Name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintf(stderr, "usage: uncyber %s\n\n%s\n", cmd.UsageLine, cmd.Long); fs.PrintDefaults() }
	runFn := cmd.Setup(fs)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	err := runFn(fs.Args(), stdout, stderr)
	var usage usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "uncyber %s: %v\nusage: uncyber %s\n", cmd.Name, err, cmd.UsageLine)
		return exitUsage
	}
	fmt.Fprintf(stderr, "uncyber %s: %v\n", cmd.Name, err)
	return exitData
}

// usageError marks an error in how a command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: uncyber <command> [flags]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.Name, c.Short)
	}
	fmt.Fprintln(w, "\nRun 'uncyber help <command>' for details.")
}
