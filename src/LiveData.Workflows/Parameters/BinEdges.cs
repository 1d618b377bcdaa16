namespace LiveData.Workflows.Parameters;

/// <summary>Upstream's <c>make_edges</c>: N+1 edges from start to stop, evenly spaced or evenly spaced in log.</summary>
public static class BinEdges
{
    public static double[] Values(double start, double stop, int numBins, bool logarithmic)
    {
        var edges = new double[numBins + 1];
        for (var i = 0; i <= numBins; i++)
        {
            var fraction = (double)i / numBins;
            edges[i] = logarithmic
                ? Math.Exp(Math.Log(start) + fraction * (Math.Log(stop) - Math.Log(start)))
                : start + fraction * (stop - start);
        }
        edges[numBins] = stop;
        return edges;
    }
}
