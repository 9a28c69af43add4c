"""Editorial review: the HTML report served on 127.0.0.1, where an editor marks each finding confirmed or
a false alarm with a note; decisions go into the baseline file that ``check --baseline`` honours."""
