namespace JobQuality.Core;
