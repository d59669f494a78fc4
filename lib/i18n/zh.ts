// 简体中文界面文本。与 en.ts 同形：TypeScript 保证每个键都在，函数签名相同。
// Kling 的术语见同目录的 glossary.ts；品牌名（Kling、Motionbrush）与 API 字段名保持原样。
import type { Messages } from "./en";
import { formatBytes, formatNumber, formatPercent, formatSeconds } from "./format";

const TAG = "zh-CN";
const size = (bytes: number) => formatBytes(TAG, bytes);
// Durations arrive as Kling's strings ("5", "10"): formatted as numbers, shown as given should one ever not be.
const seconds = (value: string | number) =>
  Number.isFinite(Number(value)) ? formatSeconds(TAG, Number(value), "short") : `${value} 秒`;

export const zh: Messages = {
  app: {
    name: "Motionbrush",
    tagline: "把一张静态照片变成一段 Kling（可灵）短视频，并跟踪每个任务，直到视频生成完成。",
  },
  locale: {
    label: "语言",
    list: (items: readonly string[]) => items.join("、"),
  },
  issueWords: {
    region: (n: number) => `区域 ${n}`,
    pathOf: (name: string) => `${name}的运动轨迹`,
    regionNeedsPaint: (name: string) => `${name}需要一个区域：请选取或涂抹`,
    regionNeedsPath: (name: string) => `${name}需要运动轨迹`,
    nothingPainted: "请选取或涂抹一个运动的区域",
    check: (label: string) => `请检查${label}`,
    reason: (first: string, more: number) => (more > 0 ? `${first}（另有 ${more} 项）` : first),
    names: {
      prompt: "提示词",
      negative_prompt: "负向提示词",
      image: "首帧",
      image_tail: "尾帧",
      image_list: "参考图片",
      camera_control: "运镜",
      model_name: "模型",
      mode: "生成模式",
      duration: "视频时长",
      cfg_scale: "提示词相关性",
      callback_url: "回调通知地址",
      external_task_id: "任务 ID",
      sound: "声音",
      voice_list: "音色",
      multi_shot: "分镜",
      shot_type: "分镜方式",
      multi_prompt: "自定义分镜",
      element_list: "主体",
      motionBrush: "运动笔刷",
      other: "请求",
    },
    heading: (n: number) => `发送前还需完成（${n} 项）：`,
  },
  layout: {
    jobsButton: "任务",
    jobsPanel: "任务",
    closeJobs: "关闭任务列表",
    showJob: "查看任务",
    workspace: "工作区",
    settings: "视频参数",
  },
  composer: {
    heading: "新建视频",
    intro: "选择首帧，描述运动，再选择模型。",
    firstFrame: {
      legend: "首帧",
      choose: "选择图片",
      replace: "更换",
      chooseContext: "作为首帧",
      drop: "或将 PNG、JPEG 图片拖放到这里",
      dropActive: "松开即可使用这张图片",
      rules: "每边至少 300 px，宽高比在 1:2.5 到 2.5:1 之间。超过 10 MB 或超过本服务器上限的文件会在发送前压缩。",
      sample: "使用示例照片",
      reading: "正在读取图片…",
      previewAlt: "所选首帧的预览",
      facts: (width: number, height: number, bytes: number) => `${width} × ${height} px · ${size(bytes)}`,
      remove: "移除首帧",
      problemsHeading: (name: string) => `“${name}”不能用作首帧：`,
      refusedHeading: "首帧未被接受：",
      problem: (rule: string) => `图片不符合要求：${rule}。`,
      undecodable: "浏览器无法解码这张图片。",
      sampleFailed: (detail: string) => `无法加载示例照片（${detail}）。`,
      notAnImage: "请拖放图片文件（PNG 或 JPEG）。",
      onlyFirstUsed: "只使用拖放的第一个文件。",
      loaded: (name: string) => `首帧已就绪：${name}。`,
      sampleName: "示例照片（港口）",
    },
    prompt: {
      label: "提示词",
      placeholder: "描述画面中的运动，例如“船只轻轻摇晃，海鸥飞过天空”",
      counter: (count: number, max: number) => `${formatNumber(TAG, count)} / ${formatNumber(TAG, max)}`,
      counterLabel: (count: number, max: number) => `已使用 ${count} 个字符，上限 ${max} 个`,
      over: (by: number) => `超出上限 ${by} 个字符`,
    },
    negativePrompt: {
      label: "负向提示词",
      placeholder: "不希望出现的内容（可选），例如“模糊、文字”",
    },
    model: {
      label: "模型",
      option: (label: string, id: string, relayOnly: boolean, retired: boolean) =>
        `${label} — ${id}${relayOnly ? "（仅中转服务）" : ""}${retired ? "（已下线）" : ""}`,
      relayOnlyNote: "只有部分中转服务提供此模型，官方 API 可能会拒绝。",
      liveGroup: "官方 API 在售",
      retiredGroup: "官方 API 已下线（中转服务、私有部署）",
    },
    mode: {
      legend: "生成模式",
      std: "标准模式",
      pro: "高品质模式",
      "4k": "4K",
      stdHint: "720p，更省",
      proHint: "1080p",
      "4kHint": "2160p",
      none: (label: string) => `${label} 不区分生成模式，因此不发送 mode。`,
    },
    duration: {
      legend: "视频时长",
      option: (value: string) => seconds(value),
    },
    capability: {
      retired: (model: string, since: string, source: string) =>
        `${model} 已在 Kling 官方 API 下线${since ? `（自 ${since} 起）` : ""}（来源：${source}）。只有仍提供该模型的中转服务或私有部署才能运行此任务`,
      sendAnyway: "仍有可能成功（中转服务有时会先于官方支持），你可以有意发送。",
      /** Ends the advice's headline. */
      sources: {
        partnerDocs: "Kling API 合作方文档",
        reported: "据报道：Kling 2026-08-26 的下线名单，2026-10-04 的模型列表中已没有",
      },
      stop: "。",
      otherModels: (models: string) => `支持此功能的模型：${models}。`,
    },
    submit: {
      label: "生成视频",
      sending: "正在发送…",
      why: {
        noImage: "请先选择首帧",
        reading: "请等待图片读取完成",
        badImage: "请先选择符合规则的图片",
        sending: "任务正在发送",
      },
      withReason: (label: string, reason: string) => `${label}：${reason}`,
      idNote: "每个任务都有自己的 ID，因此不会因误操作重复发送。",
    },
    issues: {
      heading: "发送前请修正以下字段：",
      field: (path: string, message: string) => `${path}：${message}`,
      tooLarge: (request: number, limit: number) =>
        `请求大小为 ${size(request)}，本服务器最多接受 ${size(limit)}。请选择更小的图片。`,
    },
    result: {
      sent: "任务已创建，可在任务列表中跟踪进度。",
      refused: (message: string) => `Kling 拒绝了该任务，未创建任何内容：${message}`,
      notSent: (message: string) => `未发送：请求没有到达 Kling，也没有产生费用。${message}`,
      unconfirmed: "响应丢失。任务仍保留在列表中：请在列表里点击“查找任务”。",
    },
  },
  requestFields: {
    legend: "请求选项",
    multiShot: {
      legend: "分镜",
      off: "单镜头",
      intelligence: "智能分镜",
      customize: "自定义分镜",
      offHint: "一镜到底",
      intelligenceHint: "根据提示词",
      customizeHint: "最多 6 个",
      intelligenceNote: "Kling 根据你的提示词把视频拆分为多个镜头（multi_shot）。",
      customizeNote: "每个镜头有自己的提示词（最多 512 个字符）和整数秒时长，合计等于视频时长。不发送主提示词。",
      listLabel: "自定义分镜",
      shotPrompt: (n: number) => `镜头 ${n} 提示词`,
      shotSeconds: (n: number) => `镜头 ${n} 秒数`,
      remove: (n: number) => `删除镜头 ${n}`,
      add: "添加镜头",
      full: (max: number) => `最多 ${max} 个镜头。`,
      remaining: (left: number, total: number) =>
        left === 0
          ? `${total} 秒已全部分配给镜头。`
          : left > 0
            ? `共 ${total} 秒，还有 ${left} 秒未分配给镜头。`
            : `镜头合计超出 ${total} 秒时长 ${-left} 秒。`,
      counter: (n: number, max: number) => `${n} / ${max}`,
    },
    elements: {
      legend: "主体",
      hint: "最多 3 个来自你的 Kling 主体库的主体 ID。在提示词中以 <<<element_1>>> 引用。不能与音色同时使用。",
      label: (n: number) => `主体 ${n} ID`,
      add: "添加主体",
      remove: (n: number) => `删除主体 ${n}`,
      withVoices: "主体不能与音色同时发送：请删除音色或主体。",
    },
    cfg: {
      label: "提示词相关性（cfg_scale）",
      hint: "0 到 1：值越大，越严格地遵循提示词。只有 kling-v1 系列支持。",
    },
    sound: {
      legend: "声音",
      off: "关",
      on: "开",
      hint: "仅 kling-v2-6 支持。生成声音需要高品质模式。",
    },
    voices: {
      legend: "音色",
      hint: "最多 2 个音色 ID。在提示词中用 <<<voice_1>>> 和 <<<voice_2>>> 引用它们。",
      label: (n: number) => `音色 ${n} 的 ID`,
      add: "添加音色",
      remove: (n: number) => `移除音色 ${n}`,
      needSound: "只有开启声音时才会发送音色。",
    },
    watermark: {
      label: "同时生成一份带水印的版本",
      hint: "发送 watermark_info.enabled = true；不勾选时不发送该字段。",
    },
    externalId: {
      label: "自定义任务 ID（external_task_id）",
      hint: "在你的 Kling 账户内必须唯一。每次提交后都会生成新的 ID。",
      regenerate: "换一个 ID",
    },
    callback: {
      label: "回调通知地址（可选）",
      placeholder: "https://example.com/kling-callback",
      hint: "每次状态变化时，Kling 会向该地址发送不带签名的 POST 请求；本页面仍会轮询确认。",
    },
  },
  setAside: {
    heading: "已保留，但不随本次请求发送：",
    cfgScale: (model: string) => `提示词相关性（cfg_scale）：${model} 不支持此参数。`,
    multiShot: (model: string) => `分镜：${model} 不支持多镜头。`,
    elements: (model: string) => `主体：${model} 不支持主体。`,
    sound: (model: string) => `声音：${model} 不生成音频。`,
    voicesModel: (model: string) => `音色：${model} 不生成音频。`,
    voicesSoundOff: "音色：声音已关闭。",
    lastFrame: "尾帧：当前选择的不是“首尾帧”。",
    motionBrush: "运动笔刷涂抹：当前选择的不是“运动笔刷”。",
    camera: "运镜：当前选择的不是“运镜”。",
  },
  advice: {
    combo: (mode: string | null, duration: string | null) =>
      `切换为${[mode, duration ? seconds(duration) : null].filter(Boolean).join("、")}`,
    model: (model: string, mode: string | null, duration: string | null) =>
      `改用 ${model}${mode || duration ? `（${[mode, duration ? seconds(duration) : null].filter(Boolean).join("、")}）` : ""}`,
    cameraSimple: "改用“简单运镜”，不用预设",
    soundOff: "关闭声音",
    confirm: "仍然发送：我知道这个组合不在能力地图内",
    features: {
      plain: "普通图生视频",
      first_last_frame: "首尾帧",
      motion_brush: "运动笔刷",
      camera: "运镜",
      sound: "声音",
      multi_image: "多图参考生视频",
    },
    combos: (groups: readonly { modes: readonly string[]; seconds: readonly number[] }[]) =>
      groups
        .map((g) => {
          const secs = g.seconds.length > 2 && g.seconds.every((d, i) => i === 0 || d === g.seconds[i - 1]! + 1)
            ? `${g.seconds[0]}–${g.seconds[g.seconds.length - 1]} 秒`
            : `${g.seconds.join("、")} 秒`;
          return [g.modes.join("、"), secs].filter(Boolean).join(" ");
        })
        .join("；"),
  },
  cost: {
    label: "预估费用",
    units: (units: number, usd: number | null) =>
      `约 ${formatNumber(TAG, units)} 单位${usd === null ? "" : `（≈ ${usd.toFixed(2)} 美元）`}`,
    basis: (rate: number, secs: number) => `${rate} 单位/秒 × ${secs} 秒，按公布的价格`,
    unknown: "未知",
    unknownWhy: {
      model: "能力数据中没有此模型的价格。",
      rate: "Kling 未公布此模型和模式的价格。",
      soundRate: "Kling 未单独公布此模型带声音的价格。",
    },
    charged: (units: string) => `Kling 实际扣除 ${units} 单位`,
  },
  guides: {
    whereBrush: (models: string, _n: number, retired: string) =>
      `只有 ${models} 支持运动笔刷，且${retired}。你可以放心涂抹：仍提供这些模型的中转服务或私有部署可以运行，Motionbrush 的模拟器也可以。`,
    whereCamera: (models: string, _n: number, retired: string) =>
      `只有 ${models} 支持图生视频的运镜，且${retired}。仍提供该模型的中转服务或部署可以运行，Motionbrush 的模拟器也可以。`,
    whereMulti: (models: string, _n: number, retired: string) =>
      `只有 ${models} 支持多图参考，且${retired}。仍提供该模型的中转服务或部署可以运行，Motionbrush 的模拟器也可以。`,
    retiredSince: (_n: number, since: string) => `已在 Kling 官方 API 下线${since ? `（自 ${since} 起）` : ""}`,
    stillLive: (n: number) => (n === 1 ? "它在官方 API 上仍然可用" : "它们在官方 API 上仍然可用"),
    noModel: "能力数据中没有模型支持此功能。",
  },
  preflight: {
    heading: (n: number) => `发送前需要修正 ${n} 项：`,
    confirm: "请先确认在能力地图之外发送",
    preparing: "请等待图片压缩到服务器上限以内",
    budgetFailed: "请求无法压缩到服务器上限以内",
    checking: "正在检查请求…",
  },
  budget: {
    label: "请求大小",
    of: (bytes: number, limit: number) => `${size(bytes)}，上限 ${size(limit)}`,
    empty: "添加图片后即可看到请求大小。",
    preparing: "正在将图片压缩到本服务器的上限以内…",
    asIs: "图片按原样发送。",
    shrunkIntro: "为符合本服务器上限，已重新编码（保持宽高比）：",
    image: (name: string, from: string, to: string, quality: number | null) =>
      `${name}：${from} → ${to}${quality === null ? "（未改变）" : `，JPEG 质量 ${formatPercent(TAG, quality)}`}`,
    dims: (width: number, height: number, bytes: number) => `${width}×${height} px，${size(bytes)}`,
    masks: (width: number, height: number) => `蒙版和运动轨迹按首帧的新尺寸 ${width}×${height} px 生成。`,
    failed: {
      cannotShrinkEnough: "即使每边缩小到 300 px 并使用最低质量，请求仍然超出上限。请减少图片数量或使用更小的图片。",
      fixedPartTooLarge: "仅文本字段就已超过本服务器可接受的大小。",
    },
    names: { image: "首帧", image_tail: "尾帧" } as Record<string, string>,
    listName: (n: number) => `图片 ${n}`,
  },
  preview: {
    summary: "请求预览",
    intro: (kind: string) => `这就是发送到 POST /api/kling/v1/videos/${kind} 的完整内容；此处只缩短了图片数据。`,
    waiting: "图片准备好后会显示预览。",
    copyJson: "复制 JSON",
    copyCurl: "复制 cURL",
    copied: "已复制完整请求。",
    copyFailed: "复制失败：请选中文本后手动复制。",
    curlNote:
      "cURL 命令用完整请求体调用官方 API。请把 KLING_JWT 设为用你的 AccessKey 和 SecretKey 签发的令牌；命令中不包含任何密钥。",
  },
  composerTabs: {
    label: "要生成的内容",
    single: "图生视频",
    multi: "多图参考生视频",
  },
  frames: {
    lastFrame: {
      legend: "尾帧",
      choose: "选择图片",
      replace: "更换",
      chooseContext: "作为尾帧",
      drop: "或将 PNG、JPEG 图片拖放到这里",
      dropActive: "松开即可使用这张图片",
      rules: "视频结束时的画面。规则与首帧相同。",
      sample: "使用示例结尾照片",
      reading: "正在读取图片…",
      previewAlt: "所选尾帧的预览",
      facts: (width: number, height: number, bytes: number) => `${width} × ${height} px · ${size(bytes)}`,
      remove: "移除尾帧",
      problemsHeading: (name: string) => `“${name}”不能用作尾帧：`,
      refusedHeading: "尾帧未被接受：",
      problem: (rule: string) => `图片不符合要求：${rule}。`,
      undecodable: "浏览器无法解码这张图片。",
      sampleFailed: (detail: string) => `无法加载示例照片（${detail}）。`,
      notAnImage: "请拖放图片文件（PNG 或 JPEG）。",
      onlyFirstUsed: "只使用拖放的第一个文件。",
      loaded: (name: string) => `尾帧已就绪：${name}。`,
      sampleName: "示例照片（港口，结尾）",
    },
    sources: {
      paste: "粘贴",
      pasteLabel: (frame: string) => `从剪贴板粘贴图片作为${frame}`,
      pasteHint: "或粘贴图片（Ctrl+V）",
      pasteEmpty: "剪贴板中没有 PNG 或 JPEG 图片。",
      pasteDenied: "浏览器不允许读取剪贴板：请改为在这里按 Ctrl+V（⌘V）。",
      pastedName: "粘贴的图片",
      urlLabel: (frame: string) => `${frame}的图片地址（URL）`,
      urlPlaceholder: "https://example.com/photo.jpg",
      load: "加载",
      loadLabel: (frame: string) => `从该地址加载${frame}`,
      loading: "正在加载…",
      urlInvalid: "请输入完整的 http(s) 地址。",
      urlFailed: (detail: string) => `无法加载图片（${detail}）。`,
      urlBlocked: "该网站不允许其他页面读取它的图片（CORS）。请下载图片，再选择文件。",
      urlNotImage: "该地址返回的不是 PNG 或 JPEG 图片。",
      frameNames: { first: "首帧", last: "尾帧" },
    },
    groups: {
      legend: "视频的引导方式",
      explanation:
        "Kling 每次请求只接受其中一种：尾帧、运动笔刷或运镜。切换时，你为其他方式所做的设置会保留，只是不会发送。",
      options: {
        first_frame: { label: "仅首帧", hint: "Kling 从首帧出发，按提示词生成。" },
        first_last_frame: { label: "首尾帧", hint: "同时发送尾帧：视频在尾帧处结束。" },
        motion_brush: {
          label: "运动笔刷",
          hint: "选取或涂抹运动的部分，并画出它的运动轨迹。",
        },
        camera: { label: "运镜", hint: "一个预设，或六个轴中的一个。" },
      },
      cameraSetAside: "你的运镜设置。选择“运镜”即可发送。",
      switchSetsAside: (items: string) => `选择此项会暂不发送${items}。`,
      setAsideNames: { last_frame: "尾帧", motion_brush: "运动笔刷涂抹", camera: "运镜设置" },
      setAsideHeading: "已保留，但不随此选项发送：",
      lastFrameSetAside: "你选择的尾帧。选择“首尾帧”即可发送。",
      paintingSetAside: (regions: number) =>
        `你的运动笔刷涂抹${regions > 0 ? `（${regions} 个动态笔刷区域）` : ""}。选择“运动笔刷”即可发送。`,
      noLastFrame: "请先选择尾帧",
    },
  },
  refusals: {
    "no-gate": "此服务器已配置 Kling 密钥，但尚未允许任何人使用：需要运营者设置登录方式或令牌。",
    "no-session-secret": "登录已开启但缺少会话密钥，因此此服务器拒绝所有任务：请告知运营者。",
    "sign-in-required": "请先登录：此服务器需要登录会话或 API 令牌。",
    "bad-token": "此服务器不接受该 API 令牌。",
    "cross-origin": "请求来自其他网站，此服务器已拒绝。",
    "not-json": "请求不是以 JSON 格式发送的。",
    "bad-path": "此服务器没有这个 Kling 接口。",
    method: "此接口不接受这种请求方式。",
    "too-large": "请求超过了此服务器允许的大小。",
    "wrong-password": "密码不正确。",
    unavailable: "此服务器暂时无法验证访问权限，请稍后再试。",
    "bad-body": "无法读取请求内容。",
    "limit-create": "你在短时间内提交的任务过多：请稍等片刻再发送。",
    "limit-daily": "你已达到此服务器今天的任务上限。",
    "limit-poll": "短时间内查询状态过于频繁：请稍等片刻。",
    "limit-signIn": "登录失败次数过多：请稍后再试。",
  },
  lookupFailure: {
    network: "无法连接服务器",
    timeout: "服务器响应超时",
    badAnswer: "服务器返回的不是 Kling 任务列表",
    http: (status: number, code: number) => `服务器返回 HTTP ${status}，错误码 ${code}`,
  },
  brushProblems: {
    noFrame: "请选择一张首帧，供运动笔刷在上面涂抹。",
    nothingPainted: "还没有选取或涂抹任何内容：请选取或涂抹一个动态笔刷区域，或静态笔刷区域。",
    exportFailed: "无法根据这次涂抹生成蒙版。请撤销上一步，或刷新页面。",
    regionNotPainted: (name: string) => `${name}没有属于自己的涂抹像素。请用画笔涂抹，或删除该区域。`,
    regionPathTooShort: (name: string, points: number) =>
      `${name}需要至少 2 个点的运动轨迹（现有 ${points} 个）。请用轨迹工具绘制。`,
  },
};
