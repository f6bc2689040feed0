-- Share of each city's items that every district inherited unchanged, by province.
-- Run after: node dist/cli.js network plans/ --out network/
--   duckdb -c ".read examples/network-share.sql"
select
  coalesce(city.parentPlace, '?')                              as province,
  city.place                                                   as city,
  district.place                                               as district,
  district.year                                                as year,
  count(*)                                                     as city_items,
  round(avg((l.status = 'inherited')::int), 3)                 as inherited_share,
  round(avg((l.status in ('inherited', 'modified'))::int), 3)  as kept_share
from read_parquet('network/links.parquet') l
join read_parquet('network/plans.parquet') city     on city.id = l.parent
join read_parquet('network/plans.parquet') district on district.id = l.child
where city.level = 'city' and district.level in ('district', 'county') and l.upperItem is not null
group by all
order by province, city, district, year;
