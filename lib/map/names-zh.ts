/**
 * The map's English names with the names Chinese maps use, for the /zh/ edition's labels.
 * Prefectures and districts carry their Chinese names in the data itself (`nameZh`, from the
 * ECharts outlines); these are the rest: the base map's countries, provinces and seas, the
 * places and transport tables and the rivers. A unit test checks that every name the map
 * can draw is here, so a new label cannot appear in English on the Chinese map.
 */
export const NAMES_ZH: Readonly<Record<string, string>> = {
  CHINA: '中国',
  MONGOLIA: '蒙古',
  RUSSIA: '俄罗斯',
  KAZAKHSTAN: '哈萨克斯坦',
  INDIA: '印度',
  NEPAL: '尼泊尔',
  MYANMAR: '缅甸',
  LAOS: '老挝',
  VIETNAM: '越南',
  THAILAND: '泰国',
  JAPAN: '日本',
  'S. KOREA': '韩国',
  'N. KOREA': '朝鲜',
  PHILIPPINES: '菲律宾',
  Sichuan: '四川',
  Yunnan: '云南',
  Guangxi: '广西',
  Hunan: '湖南',
  Chongqing: '重庆',
  Guangdong: '广东',
  Guizhou: '贵州',
  GUIZHOU: '贵州',
  'South China Sea': '南海',
  'East China Sea': '东海',
  Guiyang: '贵阳',
  Maotai: '茅台镇',
  'Maotai town (Moutai liquor)': '茅台镇（茅台酒）',
  Zunyi: '遵义',
  Anshun: '安顺',
  Liupanshui: '六盘水',
  Bijie: '毕节',
  Kaili: '凯里',
  Duyun: '都匀',
  Xingyi: '兴义',
  Tongren: '铜仁',
  "Gui'an New Area": '贵安新区',
  Chengdu: '成都',
  Kunming: '昆明',
  Nanning: '南宁',
  Guangzhou: '广州',
  'Longdongbao (KWE)': '龙洞堡机场',
  'G60 expressway (schematic)': 'G60沪昆高速（示意）',
  Wu: '乌江',
  Beipan: '北盘江',
  Nanpan: '南盘江',
  Hongshui: '红水河',
  Qingshui: '清水江',
  'Qiandongnan\n(Miao and Dong)': '黔东南\n（苗族侗族）',
  'Qiannan\n(Buyi and Miao)': '黔南\n（布依族苗族）',
  'Qianxinan\n(Buyi and Miao)': '黔西南\n（布依族苗族）',
};

/**
 * The districts' and counties' Chinese names as the data gives them (`nameZh` in
 * district-labels.json); listed so the fonts for them load before the map draws its labels.
 */
export const DISTRICT_NAMES_ZH: readonly string[] = [
  '乌当区',
  '云岩区',
  '修文县',
  '关岭布依族苗族自治县',
  '南明区',
  '平坝区',
  '开阳县',
  '息烽县',
  '普定县',
  '清镇市',
  '白云区',
  '紫云苗族布依族自治县',
  '花溪区',
  '西秀区',
  '观山湖区',
  '镇宁布依族苗族自治县',
];

/** Every Chinese name the map can draw, for the font subset. */
export const MAP_NAMES_ZH: readonly string[] = [...Object.values(NAMES_ZH), ...DISTRICT_NAMES_ZH];
