"""Files exchanged with other programs: calendar exports and termination letters."""
