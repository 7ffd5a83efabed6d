/**
 * The system of a boundary file from its .prj or crs: named after the catalogue system it computes the
 * same coordinates as, otherwise described by its parameters; refused when it is no WKT, not in metres
 * or degrees, or gives no positions in Germany.
 */
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { ausCrsName, ausKatalog, ausWkt, istKatalog, nachWgs84Von } from './bezugssystem';
import { PRJ_25832, prjGaussKrueger, prjUtm32 } from '../../../../scripts/testdateien/shapefile';

const GCS_ETRS = 'GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const GCS_DHDN = 'GEOGCS["GCS_Deutsches_Hauptdreiecksnetz",DATUM["D_Deutsches_Hauptdreiecksnetz",SPHEROID["Bessel_1841",6377397.155,299.1528128]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const lambert = (einheit = 'UNIT["Meter",1.0]') =>
	`PROJCS["ETRS89_LCC_Germany",${GCS_ETRS},PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",4000000.0],PARAMETER["False_Northing",2800000.0],PARAMETER["Central_Meridian",10.0],PARAMETER["Standard_Parallel_1",48.6666666666667],PARAMETER["Standard_Parallel_2",53.6666666666667],PARAMETER["Latitude_Of_Origin",51.0],${einheit}]`;
const mercator = `PROJCS["Mercator_ETRS",${GCS_ETRS},PROJECTION["Mercator"],PARAMETER["False_Easting",1000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],UNIT["Meter",1.0]]`;

describe('a WKT outside the catalogue, described by its parameters', () => {
	it('a Lambert projection: its name without underscores, the central meridian, both false eastings, no scale of 1', () => {
		const s = ausWkt(lambert())!;
		expect(s).toEqual({ kennung: 'WKT', name: 'Lambert Conformal Conic, Mittelmeridian 10°, Rechtswert-Zuschlag 4.000.000 m, Hochwert-Zuschlag 2.800.000 m', definition: lambert(), genannt: 'ETRS89_LCC_Germany' });
		const [lon, lat] = nachWgs84Von(s)([4_000_000, 2_800_000]);
		expect(lon).toBeCloseTo(10, 6);
		expect(lat).toBeCloseTo(51, 6);
	});
	it('a Mercator that is not transverse', () => {
		expect(ausWkt(mercator)?.name).toBe('Mercator-Projektion, Mittelmeridian 0°, Rechtswert-Zuschlag 1.000 m');
	});
	it('Gauß-Krüger with another false easting, described with its Bessel datum shift added', () => {
		const s = ausWkt(prjGaussKrueger(4).replace('4500000.0', '500000.0'))!;
		expect(s.name).toBe('Transversale Mercator-Projektion, Mittelmeridian 12°, Rechtswert-Zuschlag 500.000 m');
		// Without the DHDN shift, Bessel coordinates land about 100 m off the catalogue's zone 4.
		const ist = nachWgs84Von(s)([500_000, 5_330_000]);
		const soll = proj4('EPSG:31468', 'EPSG:4326', [4_500_000, 5_330_000]);
		expect(Math.abs(ist[0] - soll[0]) + Math.abs(ist[1] - soll[1])).toBeLessThan(1e-7);
	});
	it('degrees on another datum than WGS84', () => {
		expect(ausWkt(GCS_DHDN)).toMatchObject({ kennung: 'WKT', name: 'geografische Koordinaten (Grad)', genannt: 'GCS_Deutsches_Hauptdreiecksnetz' });
	});
	it('surrounding blanks do not matter', () => {
		expect(ausWkt(`\n ${lambert()} \n`)?.definition).toBe(lambert());
		expect(ausWkt(`  ${PRJ_25832}\n`)?.kennung).toBe('EPSG:25832');
	});
});

describe('a WKT refused', () => {
	it('in feet, or with units the import does not convert', () => {
		expect(ausWkt(lambert('UNIT["Foot_US",0.3048006096012192]'))).toBeNull();
		expect(ausWkt(lambert('UNIT["Metre",1.0]'))?.kennung).toBe('WKT');
		expect(ausWkt(lambert('UNIT["meter",1.0]'))?.kennung).toBe('WKT');
		expect(ausWkt(lambert('UNIT["Kilometer",1000.0]'))).toBeNull();
		expect(ausWkt(lambert('UNIT["Mile_US",1609.347218694438]'))).toBeNull();
	});
	it('one that is no projection, or gives no positions in Germany', () => {
		expect(ausWkt('UNIT["Meter",1.0]')).toBeNull();
		expect(ausWkt('PROJCS["x",GEOGCS[')).toBeNull();
		expect(ausWkt(lambert().replace('Lambert_Conformal_Conic', 'Unbekannte_Projektion'))).toBeNull();
	});
});

describe('a catalogue system found by what it computes', () => {
	it('a DHDN Gauß-Krüger .prj that gives its datum shift is the catalogue’s zone', () => {
		const mitShift = prjGaussKrueger(3).replace('SPHEROID["Bessel_1841",6377397.155,299.1528128]', 'SPHEROID["Bessel_1841",6377397.155,299.1528128],TOWGS84[598.1,73.7,418.2,0.202,0.045,-2.455,6.7]');
		expect(ausWkt(mitShift)?.kennung).toBe('EPSG:31467');
	});
	it('a false easting half a metre off is still the catalogue’s, a metre off is not', () => {
		expect(ausWkt(prjUtm32(500_000.4))?.kennung).toBe('EPSG:25832');
		expect(ausWkt(prjUtm32(500_001))?.kennung).toBe('WKT');
	});
	it('the same eastings with another false northing are not the catalogue’s', () => {
		expect(ausWkt(PRJ_25832.replace('"False_Northing",0.0', '"False_Northing",1000.0'))?.name).toBe('Transversale Mercator-Projektion, Mittelmeridian 9°, Rechtswert-Zuschlag 500.000 m, Hochwert-Zuschlag 1.000 m, Maßstab 0,9996');
	});
	it('the catalogue’s systems by their codes', () => {
		expect(istKatalog('EPSG:25832')).toBe(true);
		expect(istKatalog('EPSG:2056')).toBe(false);
		expect(ausKatalog('EPSG:31468')).toEqual({ kennung: 'EPSG:31468', name: 'Gauß-Krüger Zone 4 (DHDN)', definition: expect.stringContaining('+lon_0=12 +k=1 +x_0=4500000') });
	});
});

describe('a GeoJSON crs name', () => {
	it('OGC’s CRS84 at the end, in any case', () => {
		expect(ausCrsName('urn:ogc:def:crs:ogc:1.3:crs84')?.kennung).toBe('EPSG:4326');
		expect(ausCrsName('CRS84 in Metern')).toBeNull();
	});
	it('an EPSG code with one or two colons, with or without a version', () => {
		expect(ausCrsName('EPSG:4647')?.kennung).toBe('EPSG:4647');
		expect(ausCrsName('urn:ogc:def:crs:EPSG:6.6:25833')?.kennung).toBe('EPSG:25833');
		expect(ausCrsName(' urn:ogc:def:crs:EPSG::31467 ')?.kennung).toBe('EPSG:31467');
		expect(ausCrsName('urn:ogc:def:crs:epsg::3857')?.kennung).toBe('EPSG:3857');
		expect(ausCrsName('EPSG:258321')).toBeNull();
		expect(ausCrsName('EPSG:25832 (UTM)')).toBeNull();
	});
	it('a code of the same system as a catalogue one', () => {
		expect(ausCrsName('EPSG:3044')?.kennung).toBe('EPSG:25832');
		expect(ausCrsName('urn:ogc:def:crs:EPSG::4258')?.kennung).toBe('EPSG:4326');
	});
	it('a WKT in the crs, else nothing', () => {
		expect(ausCrsName(PRJ_25832)?.kennung).toBe('EPSG:25832');
		expect(ausCrsName('ETRS89 UTM 32')).toBeNull();
	});
});

describe('the conversion to WGS84', () => {
	it('degrees stay as they are, the catalogue’s proj4 strings and a WKT are converted', () => {
		expect(nachWgs84Von(ausKatalog('EPSG:4326'))([10.3, 47.72, 700])).toEqual([10.3, 47.72]);
		const [lon, lat] = nachWgs84Von(ausKatalog('EPSG:25832'))([500_000, 5_300_000]);
		expect(lon).toBeCloseTo(9, 6);
		expect(lat).toBeCloseTo(47.8533, 3);
	});
	it('a definition that cannot be read is an error naming the system', () => {
		expect(() => nachWgs84Von({ kennung: 'WKT', name: 'Kaputt', definition: 'PROJCS[' })).toThrow('Koordinatensystem nicht lesbar: Kaputt');
	});
});
