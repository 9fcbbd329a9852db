# Our own wording for the German documents.
ctl-owner = Eigentümerin
soa-title = Erklärung { $x
