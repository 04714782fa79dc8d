-- The home page asks for the newest changes (of others, per department): without these indexes
-- each question reads the whole history, which an import of 100,000 tasks makes 100,000 rows long.
create index inventory_change_recent_idx on inventory_change (changed_at);
create index inventory_change_department_idx on inventory_change (department_code, changed_at);
