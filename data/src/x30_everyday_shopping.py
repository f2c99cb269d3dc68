# Second batch (x*), plain compliant: everyday shopping verticals (fashion,
# footwear, accessories, jewellery, eyewear, luxury, beauty, personal care,
# general retail) in several ad styles.  Invented brands and prices.
DATA = r"""
@ vertical=retail_fashion lang=en
Linen Shirts for Sticky Summers | Relaxed-fit linen in sage, sand and chalk. Garment-dyed, $58.
Corduroy Overshirt, Wide Wale | Warm enough for October, light enough for the office. Five colours.
Petite Trousers That Actually Fit | Inseams from 26 inches, tailored waist, stretch twill. $64.
Tall Men's Collection | Sleeves and inseams cut for 6'3" and up. Free hemming on jeans.
Maternity Jeans, Over-Bump Panel | Soft jersey panel and real denim legs. Sizes 4-18.
Adaptive Clothing With Magnetic Buttons | Easy-dress shirts for arthritis and limited dexterity.
Cycling Cape for Commuters | Covers you and the handlebars, thumb loops, hi-vis piping. $95.
Wool Beanies Knit in Maine | Undyed, naturally coloured wool from a family flock. $32.
School Uniform Exchange | Gently used blazers and skirts for a fraction of shop prices. Saturdays at St. Anne's.
Vintage Band Tees, Sorted by Decade | 70s through 00s, graded and priced fairly. New stock Thursdays.
Kimono Robes in Hand-Printed Cotton | Block-printed in Jaipur, one size. $70.
Workwear Overalls, Duck Canvas | Triple-stitched, double knees, made for the garden and the garage.
Seamless Sports Bra for Running | High support, wide straps, sweat-wicking. XS to 3XL.
Capsule Wardrobe Styling Session | A stylist builds 30 outfits from 15 pieces you already own. $120.
@ vertical=footwear lang=en
Wide-Fit Walking Shoes | Extra room across the toes, cushioned heel, sizes 5-13 in 2E and 4E.
Barefoot Trail Runners | Zero drop, wide toe box, grippy lugs. Try them for 60 days.
Orthopaedic Insoles, Custom Moulded | Gait scan and hand-finished insoles in one visit at FootLab. $180.
Nurses' Clogs, Slip-Resistant | Lightweight, washable and rated for wet hospital floors.
Shoe Repair While You Wait | Heels, soles and stretching at the Market Street kiosk.
Wedding Sneakers, Custom Painted | Hand-painted names and dates on white canvas sneakers. Order 6 weeks ahead.
@ vertical=accessories lang=en
Leather Card Holder, Monogrammed | Slim six-card wallet in vegetable-tanned leather. Initials free.
Silk Scarves Printed With Botanical Art | 90 cm squares in 12 designs. Gift box included.
Weekender Bag in Waxed Canvas | Fits carry-on limits, shoe pocket, lifetime repairs.
Watch Straps in 40 Colours | Quick-release straps for any 20 mm or 22 mm watch. $19.
Sun Hats With Neck Flaps | UPF 50, packable, adjustable chin cord.
@ vertical=jewelry lang=en
Lab-Grown Diamond Studs | Certified lab diamonds, 14k gold settings. From $299.
Ring Resizing in 48 Hours | Gold and platinum rings resized at our workshop. Free cleaning with every job.
Ear Piercing With Titanium Studs | Hypoallergenic implant-grade titanium, trained piercers, walk-ins Saturday.
Heirloom Redesign | Turn grandma's brooch into a pendant. Free design consultation.
Pearl Restringing | Silk knotting for strands of any length. Ready in one week.
@ vertical=eyewear lang=en
Blue-Light Glasses for Kids | Flexible frames that survive recess. Non-prescription, $25.
Progressive Lenses Explained | Our opticians walk you through options in a free 15-minute fitting.
Prescription Swim Goggles | Corrective lenses in anti-fog goggles. Adults and kids.
Eye Exam and Frames Bundle | Comprehensive exam plus any frame under $150 for $199.
@ vertical=luxury lang=en
Pre-Owned Luxury Watches | Serviced, authenticated and backed by a two-year warranty.
Bespoke Suits, Three Fittings | Savile-trained tailor visiting Chicago in March. Book a fitting.
Handbag Spa | Cleaning, colour restoration and edge repair for designer bags.
@ vertical=beauty lang=en
Tinted Sunscreen in 12 Shades | SPF 40 that doesn't leave a grey cast. $32.
Curl Cream for Type 4 Hair | Shea and flax define coils without crunch. 8 oz.
Brow Lamination, 45 Minutes | Fluffy, brushed-up brows for six weeks. $65 at Arch Studio.
Gel Manicure That Lasts 3 Weeks | Builder gel overlays and nail art from $45.
Refillable Lipstick Cases | Buy the metal case once, then refill bullets for $14.
Fragrance-Free Moisturiser for Eczema-Prone Skin | Ceramides and colloidal oat. Accepted by the National Eczema Association.
Moustache Wax Trio | Light, medium and firm hold in cedar, bay rum scent and unscented. $21.
Bridal Hair Trial | Try your wedding hairstyle 6 weeks before the day. Photos included.
Silver Hair Toning Shampoo | Keeps grey hair bright, not yellow. Sulfate-free.
@ vertical=personal_care lang=en
Electric Toothbrush Heads, Subscription | New heads every 3 months, 30% below store price.
Bamboo Safety Razor | Plastic-free shave with replaceable blades. Starter kit $29.
Deodorant Refills in Compostable Tubes | Aluminium-free, five scents. Refill club saves 20%.
Foot Care Clinic for Diabetics | Nail trimming and callus care by a podiatry nurse. Covered by many plans.
Hearing Aid Batteries, Bulk | Size 312 and 13, 60-pack. Free shipping.
Satin Bonnet, Reversible | Protects curls and braids overnight, adjustable band. Three patterns.
@ vertical=retail lang=en
Late-Night Hardware Store | Open until 11pm for the projects that can't wait. Keys cut while you wait.
Party Supply Warehouse | Balloons filled on site, 300 themes of tableware. Parking at the back.
Dollar Days at Pine Street Market | Hundreds of household items for $1 this weekend only.
Ink Cartridge Refill Station | Refill black ink for $8 while you shop.
Used Book Barn | 40,000 secondhand books, $2 paperbacks. Open Friday to Sunday.
Costume Rental for School Plays | Over 5,000 costumes by the week. Sizes child to adult.
Uniform Store for Healthcare Staff | Scrubs, compression socks and clogs. 10% off with hospital ID.
Back-to-School Shoe Fitting | Free foot measuring for kids at Stride Rite Westfield.
Left-Handed Shop | Scissors, notebooks, can openers and guitars for lefties. Online and in store.
Reusable Beeswax Food Wraps | Replace cling film for good. Set of 3 sizes, $18.
Refill Shop: Bring Your Own Jars | Dish soap, shampoo, oats and lentils by weight. Zero-waste pantry.
Gift Wrapping Station | We wrap anything you bring in for $3. December weekends at the mall.
Engraving Kiosk | Names on tumblers, pens and keychains while you wait.
Key Duplication and Fobs | Car fobs programmed in 15 minutes. Most makes.
@ vertical=retail_fashion lang=en
THE LINEN EDIT IS HERE | 40 NEW PIECES. FREE RETURNS.
DENIM REPAIR, FREE FOR LIFE | BOUGHT IT HERE? WE FIX IT. RIPS, ZIPS, HEMS.
Just Dropped: Fleece in Forest Green | Recycled polar fleece, zip neck, $54. Limited run of 800.
Our Founder Still Cuts Every Pattern | Small-batch dresses from a two-person studio in Portland. New prints each season.
Mum, Her Daughter and 400 Aprons | The family business behind our canvas aprons started at a kitchen table in 1998. Today we still sew every one in town.
Outlet Weekend at Millbrook | Last season's coats, knits and boots from $15. Saturday and Sunday 9-5.
Rent the Dress, Keep the Memories | Designer gowns from $45 for four days. Dry cleaning included.
Pre-Loved Kids' Clothing Bundles | 20 items sorted by size and season for $35. Ships in recycled mailers.
Sew Your Own Jeans Kit | Pattern, denim, rivets and thread. Video lessons included.
@ vertical=beauty lang=en
Book a Lash Lift Online | 45-minute appointments, results last 6 weeks. Studio on Carter Road.
Skin Analysis With a Dermatology Nurse | Photos, a routine and product samples. $40 credited to any purchase.
Makeup for Mature Skin Class | Techniques for texture, lids and brows. Two hours, $35.
Hair Donation Cuts | Donate 8 inches or more and your cut is free on the first Sunday of every month.
"""
