import { useState } from 'react';
import { Space, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { areaLevelLabel } from '../labels';
import { areaPath, type Area } from '../model';

interface AreaNode extends TreeDataNode {
  key: string;
  area: Area;
  children?: AreaNode[];
}

function AreaTitle({ area }: { area: Area }) {
  const { t, tx, locale } = useI18n();
  return (
    <Space size={4} wrap>
      <Typography.Text strong>{area.name}</Typography.Text>
      <Typography.Text type="secondary">{area.code}</Typography.Text>
      <Tag>{areaLevelLabel(tx, area.level)}</Tag>
      <Typography.Text type="secondary">
        {t('network.area.populationShort', { population: area.population.toLocaleString(locale) })}
      </Typography.Text>
      {area.urbanKeyArea && <Tag color="gold">{t('network.area.urban')}</Tag>}
    </Space>
  );
}

function node(area: Area): AreaNode {
  return { key: area.code, area, title: <AreaTitle area={area} />, isLeaf: area.level === 'VILLAGE' };
}

function withChildren(nodes: AreaNode[], key: string, children: AreaNode[]): AreaNode[] {
  return nodes.map((n) => (n.key === key ? { ...n, children } : n.children ? { ...n, children: withChildren(n.children, key, children) } : n));
}

/** County → township → village/community; each level is asked for when its parent is opened (GET /areas/{code}/children). */
export function AreaTree({ county, onSelect }: { county: Area; onSelect: (area: Area) => void }) {
  const api = useApi();
  const [nodes, setNodes] = useState<AreaNode[]>(() => [node(county)]);
  const [error, setError] = useState<unknown>();
  const load = async (target: AreaNode) => {
    if (target.children) return;
    try {
      const children = await api.get<Area[]>(`${areaPath(target.key)}/children`);
      setNodes((current) => withChildren(current, target.key, children.map(node)));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      {error !== undefined && <ProblemAlert error={error} path={`${areaPath(county.code)}/children`} />}
      <Tree<AreaNode>
        treeData={nodes}
        loadData={load}
        showLine
        onSelect={(_, info) => onSelect(info.node.area)}
      />
    </>
  );
}
