"""The graphical timeline: lanes of partners with agreements, notes, goals and deadlines."""
