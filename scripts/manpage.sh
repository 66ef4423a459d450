#!/bin/sh
# Writes safehar(1) in roff on standard output, from the CLI's own help:
# "safehar help" for the synopsis and "safehar help CMD" for each command
# the usage names. Usage: scripts/manpage.sh path/to/safehar VERSION DATE
set -eu
bin=$1 version=$2 date=$3
# roff: backslashes doubled, a leading . or ' escaped, - kept as a hyphen.
esc() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"; }
cmds=$("$bin" help | sed -n 's/^  safehar \([a-z-]*\).*/\1/p' | grep -v -e '^version$' -e '^help$' | awk '!seen[$0]++')
cat <<ROFF
.TH SAFEHAR 1 "$date" "safehar $version" "User Commands"
.SH NAME
safehar \- share HAR files without sharing your sessions
.SH SYNOPSIS
.nf
ROFF
"$bin" help | sed -n '/^Usage:/,/^$/p' | sed -e '1d' -e '/^$/d' -e 's/^  //' | esc
cat <<ROFF
.fi
.SH DESCRIPTION
safehar redacts cookies, tokens, keys and other secrets from HAR captures
before they are shared. It is both a command\-line tool and the native
messaging host of the safehar browser extension, which the browser starts
by itself.
.SH COMMANDS
ROFF
for c in $cmds; do
	printf '.SS %s\n.nf\n' "$c"
	"$bin" help "$c" | esc
	printf '.fi\n'
done
cat <<ROFF
.SH EXIT STATUS
0 on success (verify: the files are clean; doctor: all is well), 1 when
verify found secrets or doctor a problem, 2 on any error; nothing is
written when a command fails.
.SH FILES
.TP
.I /etc/safehar/policy.json
the administrator's host policy (Linux)
.TP
.I /usr/share/safehar/policies/
policy templates for Chrome, Chromium, Edge, Brave and Firefox
.SH SEE ALSO
.I /usr/share/doc/safehar/DEPLOY.md
for managed deployments.
ROFF
