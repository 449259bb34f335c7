/**
 * The key's entries in Chinese, by their English label in the layer catalogue; a unit test
 * checks every entry the catalogue can show is here.
 */
export const LEGEND_ZH: Readonly<Record<string, string>> = {
  Airport: '机场',
  'Apple iCloud data centre, run by GCBD': '苹果iCloud数据中心（云上贵州运营）',
  'Autonomous prefecture (Miao, Buyi, Dong)': '自治州（苗族、布依族、侗族）',
  'City (bold: provincial capital)': '城市（粗体：省会）',
  'Coal power plant, sized by capacity (MW)': '燃煤电厂，大小按装机容量（兆瓦）',
  'Coalfield (approximate area)': '煤田（大致范围）',
  'Cross-regional zone, Oct 2016': '跨区域类试验区，2016年10月',
  'Data centre or park (OpenStreetMap)': '数据中心或园区（OpenStreetMap）',
  'District or county boundary': '区县界',
  'Elevation (height exaggerated 2×)': '海拔（高度夸张2倍）',
  'First pilot zone, Feb 2016': '首个试验区，2016年2月',
  'G60 expressway (schematic)': 'G60沪昆高速（示意）',
  "Gui'an New Area (approximate extent)": '贵安新区（大致范围）',
  'GDP per person, 2021, in US$ (China: 12,557)': '2021年人均GDP，美元（全国：12,557）',
  'Guiyang, the provincial capital': '贵阳，省会',
  'Guizhou province': '贵州省',
  'Hydro station, sized by capacity (MW)': '水电站，大小按装机容量（兆瓦）',
  'Infrastructure zone, Oct 2016': '基础设施统筹发展类试验区，2016年10月',
  'Mainland China: data collected here stays here': '中国大陆：在此收集的数据须存储于境内',
  'Major earthquake epicentre': '大地震震中',
  'Maotai, home of Moutai liquor': '茅台镇，茅台酒的故乡',
  'Prefecture boundary': '市州界',
  'Regional demonstration zone, Oct 2016': '区域示范类试验区，2016年10月',
  'River (thick: named in the story)': '河流（粗线：故事中提到的）',
  'Sichuan and Yunnan': '四川和云南',
  'Taiwan, Hong Kong, Macao: not covered': '台湾、香港、澳门：不适用',
  "Telecom operators' centres (approximate)": '电信运营商数据中心（大致位置）',
  'West-East power transmission (schematic)': '西电东送（示意）',
};
