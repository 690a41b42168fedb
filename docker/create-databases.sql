-- One PostgreSQL server, one database per service (DESIGN.md, Services and data ownership).
create database partners encoding 'UTF8';
create database events encoding 'UTF8';
create database collaboration encoding 'UTF8';
