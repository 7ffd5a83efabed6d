/**
 * What the Faktencheck's figures need from the loaded data, asked in one go per Stichtag.
 */
import type { Koordinator } from '../../data/abfragen/koordinator';
import { altersaufbau, aufenthaltsdauer, staatenVerlauf, zaehlungen, type Altersbalken, type Aufenthaltsbalken, type Staatsreihe, type Zaehlung } from '../../data/abfragen/aufteilungen';
import { haeufigsteStaatsangehoerigkeiten, type StaatAnteil } from '../../data/abfragen/staatsangehoerigkeiten';

export interface FaktencheckDaten {
	stichtag: string;
	zaehlungen: Zaehlung[];
	alter: Altersbalken[];
	top10: StaatAnteil[];
	top5Verlauf: Staatsreihe[];
	aufenthalt: Aufenthaltsbalken[];
}

export async function faktencheckDaten(k: Koordinator, stichtag: string): Promise<FaktencheckDaten> {
	const [z, alter, top10, top5Verlauf, aufenthalt] = await Promise.all([
		zaehlungen(k),
		altersaufbau(k, stichtag),
		haeufigsteStaatsangehoerigkeiten(k, stichtag, 10),
		staatenVerlauf(k, stichtag, 5),
		aufenthaltsdauer(k, stichtag)
	]);
	return { stichtag, zaehlungen: z, alter, top10, top5Verlauf, aufenthalt };
}
