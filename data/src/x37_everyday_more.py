# Second batch (x*), plain compliant: more everyday ads across verticals,
# written with specific, unusual details (invented brands, towns, prices)
# and in mixed lengths, from three-word banners to 50-word social posts.
DATA = r"""
@ vertical=home_garden lang=en
Hedgehog Houses for Your Garden | Untreated timber shelters with a tunnel entrance. Place under shrubs before October.
Sheep's Wool Loft Insulation | Natural insulation that handles damp well. Delivered in 5 m rolls.
Lime Plaster Repairs for Old Cottages | Breathable repairs done the traditional way. Survey visits on Fridays.
Greenhouse Heaters, Frost Guard | Thermostatic paraffin-free heaters for small greenhouses.
Doorbell Chime That Plays Birdsong | Plug-in chime with 12 bird calls. Wireless range 150 m.
Sash Window Restoration | Rot repair, new cords and draught-proofing without replacing the frame.
@ vertical=food_beverage lang=en
Seaweed Butter From Orkney | Salted butter churned with dulse. 250 g block, chilled shipping.
Pasture-Raised Duck Eggs | Rich yolks for baking. Half-dozen boxes at the farm gate.
Birthday Cake for Dogs | Peanut butter and carrot cake, 4 inches, with their name piped on top.
Rye Crispbread, Baked in Sweden | Thin, crunchy and ready for cheese. 250 g box.
Single-Estate Cocoa Powder | Unsweetened cocoa from one farm in Ecuador. Great for brownies.
Heritage Grain Flour | Stone-milled spelt and einkorn from our mill in the valley.
Smoked Sea Salt Flakes | Oak-smoked flakes for grilled vegetables and caramel. 100 g tin.
@ vertical=restaurants lang=en
Sunday Waffles With Fried Chicken | Brunch from 10 at Porch & Pickle. Kids' waffles $5.
Ethiopian Platter for Four | Injera with six vegetable and meat stews. Shared dining, $48.
Noodle Pulling Demo at Lunch | Watch our chef stretch hand-pulled noodles at noon daily.
Allergen Menu Available | Every dish labelled for the 14 major allergens. Ask your server.
@ vertical=travel lang=en
Lighthouse Keeper's Cottage to Rent | Sleep beside a working lighthouse on the Cornish coast. Sleeps four.
Rail and Hike Package | Train tickets, two inns and luggage transfers along the coast path.
Ski School for Adults | Never skied? Three mornings with an instructor and you'll ride the chairlift.
Museum Pass for 40 Attractions | One card, three days, skip-the-line entry.
Wildlife Boat Trip: Puffins | Two-hour trip to the puffin colony. May to July.
@ vertical=automotive lang=en
Rust-Proofing Before Salt Season | Underbody wax treatment for trucks and SUVs, $189.
Caravan Servicing | Habitation checks, gas tests and brake servicing at our yard.
Roof Box Rental for Summer Trips | 420-litre boxes fitted to your car for $60 a week.
Learner Driver Insurance | Cover for practice in a parent's car from 1 week to 6 months.
@ vertical=software_saas lang=en
Board Meeting Minutes, Done | Templates, action items and e-signatures for nonprofit boards.
Dispatch Software for Tow Operators | Job tracking, GPS and digital receipts.
Recipe Costing for Bakeries | See margins on every loaf. Free for one location.
Timesheets for Farm Crews | Offline clock-in on tablets, sync at the barn.
Lab Sample Tracking | Barcodes and chain of custody for small testing labs.
@ vertical=healthcare lang=en
Mobile Blood Draw at Home | A phlebotomist visits for lab tests ordered by your doctor.
Hand Therapy After Wrist Fractures | Certified hand therapists, splints made on site.
Speech Therapy for Stroke Recovery | Home visits or video sessions with licensed therapists.
Insulin Pump Training Day | Hands-on sessions with a diabetes nurse for new pump users.
Wheelchair Repair Van | Mobile repairs for power chairs at home.
@ vertical=education lang=en
Meteorite Identification Evening | Bring your mystery rocks to the geology department. Free.
Beekeeping for Kids | Junior beekeepers course with kid-sized suits. Ages 9-13.
Woodworking for Women | Beginner joinery classes in a friendly workshop. Six weeks.
Latin for Parents | Help your kids with homework. Saturday crash course.
Typing Class for Seniors | Learn to type and email at your own pace. Free at the library.
@ vertical=pets lang=en
Cat Sitter Who Sends Updates | Twice-daily visits with photos and litter changes.
Dog Hydrotherapy Pool | Low-impact swims for arthritic and post-surgery dogs.
Parrot Training Workshop | Reduce screaming and biting with positive reinforcement.
Tortoise Hibernation Checks | Weight and health checks before winter.
@ vertical=sports_outdoors lang=en
Orienteering Club Open Event | Map-and-compass course in the forest, suitable for families.
Bouldering Mats Rental | Crash pads by the day for your outdoor trip.
Disc Golf Course Opens | 18 holes in Riverside Park, free to play, discs at the kiosk.
Cross-Country Ski Rentals | Classic and skate skis, boots and poles by the day.
@ vertical=events lang=en
Quilt Show at the Grange Hall | 120 quilts from local makers. Raffle quilt proceeds go to the school.
Sheepdog Trials | Watch dogs and handlers work the flock. Saturday, free parking.
Sandcastle Contest at Low Tide | Teams of four, buckets provided, judging at 3pm.
Steam Rally | Traction engines, vintage tractors and a fairground organ. Weekend tickets $12.
Christmas Craft Market | Sixty makers, carol singers and mulled apple juice. Free entry.
@ vertical=nonprofit lang=en
Knit a Hat for a Newborn | Our maternity ward needs 500 tiny hats this winter. Patterns online.
Wheelchair Ramps Built by Volunteers | We build free ramps for low-income homeowners. Donate lumber or time.
Dog Walking Volunteers for Older Owners | Help neighbours keep their pets. Flexible hours.
Stamp Appeal | Send us used stamps and we sell them to collectors to fund guide dogs.
@ vertical=government lang=en
Leaf Collection Schedule | Rake leaves to the curb by Sunday night in your zone.
Flu Clinic at the Town Hall | Free flu vaccines for residents on Saturday 9-1.
Apply for a Community Garden Plot | Fifty new plots at Hill Road. Applications close March 1.
Library Card Sign-Up Month | Get a card, borrow books, films and even telescopes. Free.
@ vertical=baby_kids lang=en
Baby Massage Course | Four gentle sessions with a health visitor. Oils supplied.
Kids' Cooking Camp | Knife safety, baking and a lunch they made themselves. Ages 8-12.
Bedwetting Alarm | Gentle vibrating alarm recommended by paediatric nurses.
@ vertical=crafts lang=en
Embroidery Kit for Beginners | Hoop, threads and a pattern of wildflowers. $22.
Macramé Plant Hanger Class | Make two hangers in one evening. Cord included.
Leather Wallet Workshop | Hand-stitch your own wallet in three hours.
@ vertical=retail lang=en
Watch Battery While You Wait | Most watches done in 10 minutes, $8.
Heel Bar at the Station | Keys cut and heels fixed at the kiosk by platform 2, 7am-7pm.
Umbrella Repair | We fix broken spokes and handles on quality umbrellas.
Bulk Candy by the Pound | Retro sweets for parties. Mix and match.
@ vertical=jobs lang=en
Ferry Deckhands Wanted | Seasonal work on the island routes. Training provided.
Baker, Early Shift | Start at 4am, finish at noon. Artisan bakery in the old town.
Dental Assistant, Part-Time | Friendly practice, three days a week.
Groundskeeper at the Golf Club | Full-time with benefits, mower experience helpful.
@ vertical=telecom lang=en
Landline Replacement for Rural Homes | Keep your number with a home phone over mobile network.
Wi-Fi for Campgrounds | Managed hotspots for RV parks and campsites.
@ vertical=insurance lang=en
Musical Instrument Insurance | Cover for violins, guitars and pianos at home and on tour.
Horse Insurance | Vet fees, saddlery and third-party liability in one policy.
@ vertical=real_estate lang=en
Tiny House Lots for Rent | Serviced pads with water and power in a quiet community.
Barn Conversion Viewing | Four-bed barn on two acres. Viewing by appointment.
@ vertical=energy lang=en
Wood Pellet Delivery | Bagged or blown into your hopper. Orders by Thursday.
Solar Panel Cleaning | Clean panels produce more. Service from $99.
@ vertical=funeral_services lang=en
Livestreamed Memorial Services | Let family abroad join the service. Included at no extra cost.
Pet Cremation With Paw Print Keepsake | Gentle, individual cremation and a clay paw print.
@ vertical=photography lang=en
Film Developing and Scans | Colour and black-and-white film developed in three days.
Aerial Photos of Your Farm | Drone photos printed on canvas, a great retirement gift.
"""
