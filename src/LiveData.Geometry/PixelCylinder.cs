namespace LiveData.Geometry;

/// <summary>
/// A pixel's shape when it is one cylinder (NXcylindrical_geometry with three vertices, metres in the detector's
/// frame): the centre of one face, a point on that face's rim, and the centre of the other face.
/// </summary>
public sealed record PixelCylinder(Vector3d FaceCentre, Vector3d Rim, Vector3d OtherFaceCentre);
