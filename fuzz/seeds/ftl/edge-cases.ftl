# a comment
published = Udgivet { $date }
by = Af {$author}
  continued on the next line
months = januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december
date-long = { $day }. { $month } { $year }
language-names = da:dansk|sw:Kiswahili
broken = { $
