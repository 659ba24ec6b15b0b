-- 0030: nothing changes in PostgreSQL. The SQLite script rebuilds return_values keyed area first and drops
-- ix_return_values_area, because SQLite's import writes its figures row by row into every index; PostgreSQL's import
-- copies a file's figures into a temporary table and stores them in one statement, which keeps the indexes as they are.
SELECT 1;
