package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// command is one subcommand: its help texts and a setup function that
// declares its flags and returns what to run.
type command struct {
	Name      string
	UsageLine string
	Short     string
	Long      string
	Setup     func(fs *flag.FlagSet) func(args []string, stdout, stderr io.Writer) error
}

// commands lists every subcommand, in the order help shows them. The
// README's command table is generated from this list (see docs_test.go).
var commands []*command

func init() {
	commands = []*command{cmdBuild, cmdValidate, cmdAdd, cmdEval, cmdDiff, cmdRelease, cmdCodebook, cmdSynth, cmdHelp, cmdVersion}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

var cmdHelp = &command{
	Name:      "help",
	UsageLine: "help [command]",
	Short:     "show help for uncyber or one command",
	Long:      "Help prints the list of commands, or the usage and flags of one command.",
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		return func(args []string, stdout, stderr io.Writer) error {
			if len(args) == 0 {
				printUsage(stdout)
				return nil
			}
			c := lookup(args[0])
			if c == nil {
				return usageError{fmt.Sprintf("unknown command %q", args[0])}
			}
			sub := flag.NewFlagSet(c.Name, flag.ContinueOnError)
			sub.SetOutput(stdout)
			c.Setup(sub)
			fmt.Fprintf(stdout, "usage: uncyber %s\n\n%s\n", c.UsageLine, c.Long)
			sub.PrintDefaults()
			return nil
		}
	},
}

// commandTable renders the Markdown table of commands for the README.
func commandTable() string {
	var b strings.Builder
	b.WriteString("| command | what it does |\n|---|---|\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "| `uncyber %s` | %s |\n", c.UsageLine, c.Short)
	}
	return b.String()
}
